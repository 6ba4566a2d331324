using System.Globalization;
using System.Text.RegularExpressions;
using Junkan.Data.Reference;

namespace Junkan.Data.Imports;

/// <summary>A value seen by the vintage check: its element and series, year and value, and where it was read.</summary>
public readonly record struct VintageValue(string Element, string Series, int Year, double Value, string File, int? Row, string Column);

/// <summary>
/// The vintage check: a new value is compared with the older value of the same element and series (the other key
/// columns, e.g. commodity, USGS type and country) for the same year, or failing that the latest earlier year; a
/// change by <see cref="JumpFactor"/> times or more, up or down, is refused unless confirmed for the element (and table).
/// Zero and empty values are not compared (no ratio).
/// </summary>
public static partial class VintageCheck
{
    public const double JumpFactor = 100;

    /// <summary>The values of an existing table, located by their row in it.</summary>
    public static IReadOnlyList<VintageValue> FromTable(CsvTable t, VintageColumns c) =>
        [.. t.Rows.Select(r => Value(r.Text(c.Element), c.Key.Select(k => r.Text(k)), r.Text(c.Year), r.Text(c.Value), t.File, r.Line, c.Value)).OfType<VintageValue>()];

    /// <summary>The values of new rows, located by their reference column when it names a file and row, else in the table.</summary>
    public static IReadOnlyList<VintageValue> FromRows(GuardedTable t)
    {
        var c = t.Vintage ?? throw new InvalidOperationException($"{t.File} has no vintage columns");
        return [.. t.Rows.Select(r =>
        {
            var at = c.Reference is null ? null : Located().Match(t.Cell(r, c.Reference) ?? "") is { Success: true } m ? m : null;
            return Value(t.Cell(r, c.Element) ?? "", c.Key.Select(k => t.Cell(r, k) ?? ""), t.Cell(r, c.Year) ?? "", t.Cell(r, c.Value) ?? "",
                at?.Groups["file"].Value ?? t.File, at is null ? null : int.Parse(at.Groups["row"].Value, CultureInfo.InvariantCulture),
                at?.Groups["col"].Value ?? c.Value);
        }).OfType<VintageValue>()];
    }

    /// <summary>Throws a <see cref="DataFormatException"/> at the first unconfirmed jump of <paramref name="current"/> against <paramref name="older"/>.</summary>
    public static void Check(IReadOnlyList<VintageValue> older, string olderName, IReadOnlyList<VintageValue> current, string table, ImportGuard guard)
    {
        var byKey = older.GroupBy(v => (v.Element, v.Series)).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Year).ToArray());
        var jumps = current
            .Select(n => (New: n, Old: byKey.TryGetValue((n.Element, n.Series), out var o) ? Reference(o, n.Year) : null))
            .Where(p => p.Old is { } o && Ratio(o.Value, p.New.Value) >= JumpFactor && !guard.IsConfirmed(p.New.Element, table))
            .ToArray();
        if (jumps.Length == 0) return;
        var (n, o) = (jumps[0].New, jumps[0].Old!.Value);
        string stem = Path.GetFileNameWithoutExtension(table);
        var inv = CultureInfo.InvariantCulture;
        string others = jumps.Length == 1 ? "" : string.Create(inv,
            $" ({jumps.Length - 1} more: {string.Join(", ", jumps.Skip(1).Select(j => string.Create(inv, $"{j.New.Element} {j.New.File} row {j.New.Row}")).Distinct().Take(8))})");
        throw new DataFormatException(n.File, n.Row, n.Column, string.Create(inv,
            $"{n.Element} {stem} {n.Series} {n.Year}: {Num(n.Value)} is {Num(Ratio(o.Value, n.Value))}x {(n.Value > o.Value ? "more" : "less")} than ")
            + string.Create(inv, $"{Num(o.Value)} ({o.Year}) in {olderName} ({o.File}{(o.Row is { } r ? string.Create(inv, $" row {r}") : "")} {o.Column}): a unit error? Nothing was written; ")
            + $"if the change is real, rerun with {JumpConfirmation.Option} {n.Element}:{stem}{others}");
    }

    private static VintageValue? Reference(VintageValue[] older, int year) =>
        older.LastOrDefault(v => v.Year == year) is { File: not null } same ? same
        : older.LastOrDefault(v => v.Year < year) is { File: not null } earlier ? earlier : null;

    private static double Ratio(double a, double b) => Math.Max(a, b) / Math.Min(a, b);

    private static VintageValue? Value(string element, IEnumerable<string> key, string year, string value, string file, int? row, string column) =>
        int.TryParse(year, NumberStyles.Integer, CultureInfo.InvariantCulture, out int y)
        && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v > 0 && double.IsFinite(v)
            ? new VintageValue(element, string.Join(" / ", key.Select(k => k.Trim())), y, v, file, row, column) : null;

    private static string Num(double v) => v.ToString("#,0.###", CultureInfo.InvariantCulture);

    /// <summary>"mcs2024-selen_world.csv row 4 Reserves_kt = '6000' kt" or "... row 5 Price_dt (unit USD/mtu per USGS metadata)".</summary>
    [GeneratedRegex(@"^(?<file>\S+) row (?<row>\d+) (?<col>.+?)(?: = '.*| \(unit .*)?$")]
    private static partial Regex Located();
}
