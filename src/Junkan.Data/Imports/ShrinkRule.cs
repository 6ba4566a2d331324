using System.Globalization;
using Junkan.Data.Reference;

namespace Junkan.Data.Imports;

/// <summary>
/// The shrink rule: an import may not replace a table with one that has, for any group (e.g. element and commodity),
/// fewer than <see cref="MinShare"/> of the rows the group had, or none, unless the user allows it (<c>--allow-shrink</c>).
/// The USGS import applies it also between consecutive releases.
/// </summary>
public static class ShrinkRule
{
    /// <summary>The share of a group's rows the new table must keep (50 %).</summary>
    public const double MinShare = 0.5;

    /// <summary>Checks <paramref name="table"/> against the existing table it replaces.</summary>
    public static void Check(CsvTable old, GuardedTable table) =>
        _ = Check(old.Rows.Select(r => Group(table.GroupBy, c => old.IndexOfColumn(c) is var i && i >= 0 && i < r.Cells.Length ? r.Cells[i] : "")),
            table, $"the table being replaced ({old.File})");

    /// <summary>
    /// Checks <paramref name="table"/> against an older table of the same layout that it is merged with rather than
    /// replacing (the previous release): a group with fewer rows is refused, a group absent from the newer table is not
    /// (the older rows stay in the merge) and is returned for the import to list.
    /// </summary>
    public static IReadOnlyList<string> CheckMerged(GuardedTable older, GuardedTable table, string olderName) =>
        Check(older.Rows.Select(r => Group(table.GroupBy, c => older.Cell(r, c))), table, olderName, absentIsShrink: false);

    private static string[] Check(IEnumerable<string> olderGroups, GuardedTable table, string olderName, bool absentIsShrink = true)
    {
        var before = Count(olderGroups);
        var after = Count(table.Rows.Select(r => Group(table.GroupBy, c => table.Cell(r, c))));
        var groups = before.Select(kv => (Group: kv.Key, Before: kv.Value, After: after.GetValueOrDefault(kv.Key))).OrderBy(g => g.Group, StringComparer.Ordinal).ToArray();
        var absent = groups.Where(g => g.After == 0).Select(g => g.Group).ToArray();
        var shrunk = groups.Where(g => g.After < MinShare * g.Before && (absentIsShrink || g.After > 0)).ToArray();
        if (shrunk.Length == 0) return absent;
        string what = string.Join(", ", shrunk.Take(10).Select(g => $"{g.Group}: {Inv(g.Before)} rows before, {(g.After == 0 ? "none now (absent)" : $"{Inv(g.After)} now")}"));
        throw new DataFormatException(table.File, null, table.GroupBy.Count > 0 ? table.GroupBy[0] : null,
            $"the import would shrink the table against {olderName}: {Inv(shrunk.Length)} group(s) below {Inv((int)(MinShare * 100))} % of their rows "
            + $"({what}{(shrunk.Length > 10 ? ", ..." : "")}); nothing was written: check the input (truncated or incomplete?) or rerun with --allow-shrink");
    }

    private static string Group(IReadOnlyList<string> columns, Func<string, string?> cell) =>
        columns.Count == 0 ? "all rows" : string.Join(" ", columns.Select(c => (cell(c) ?? "").Trim()));

    private static Dictionary<string, int> Count(IEnumerable<string> groups) =>
        groups.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string Inv(int v) => v.ToString(CultureInfo.InvariantCulture);
}
