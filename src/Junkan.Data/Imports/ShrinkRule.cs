using System.Globalization;
using Junkan.Data.Reference;

namespace Junkan.Data.Imports;

/// <summary>
/// The shrink rule: an import may not replace a table with one that has, for any group (e.g. element and commodity),
/// fewer than <see cref="MinShare"/> of the rows the group had, or none, unless the user allows it (<c>--allow-shrink</c>).
/// </summary>
public static class ShrinkRule
{
    /// <summary>The share of a group's rows the new table must keep (50 %).</summary>
    public const double MinShare = 0.5;

    /// <summary>Throws a <see cref="DataFormatException"/> naming the table, the groups and their counts if the new rows shrink it.</summary>
    public static void Check(CsvTable old, GuardedTable table)
    {
        var before = Count(old.Rows.Select(r => Group(table.GroupBy, c => old.IndexOfColumn(c) is var i && i >= 0 ? r.Cells[i] : "")));
        var after = Count(table.Rows.Select(r => Group(table.GroupBy, c => table.Cell(r, c))));
        var shrunk = before
            .Select(kv => (Group: kv.Key, Before: kv.Value, After: after.GetValueOrDefault(kv.Key)))
            .Where(g => g.After < MinShare * g.Before)
            .ToArray();
        if (shrunk.Length == 0) return;
        string what = string.Join(", ", shrunk.Take(10).Select(g => $"{g.Group}: {Inv(g.Before)} rows before, {(g.After == 0 ? "none now (absent)" : $"{Inv(g.After)} now")}"));
        throw new DataFormatException(old.File, null, table.GroupBy.FirstOrDefault(),
            $"the import would shrink the table ({Inv(shrunk.Length)} group(s) below {Inv((int)(MinShare * 100))} % of their rows: {what}{(shrunk.Length > 10 ? ", ..." : "")}); "
            + "nothing was written: check the input (truncated or incomplete?) or rerun with --allow-shrink");
    }

    private static string Group(IReadOnlyList<string> columns, Func<string, string?> cell) =>
        columns.Count == 0 ? "all rows" : string.Join(" ", columns.Select(c => (cell(c) ?? "").Trim()));

    private static Dictionary<string, int> Count(IEnumerable<string> groups) =>
        groups.GroupBy(g => g, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string Inv(int v) => v.ToString(CultureInfo.InvariantCulture);
}
