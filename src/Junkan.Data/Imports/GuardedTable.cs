namespace Junkan.Data.Imports;

/// <summary>
/// One output table of an import with the rules it is written under: the shrink groups (<see cref="GroupBy"/>; empty =
/// the whole table) and, for tables of quantities, the columns the vintage check compares (<see cref="Vintage"/>).
/// </summary>
public sealed record GuardedTable(string Path, IReadOnlyList<string> Header, IReadOnlyList<string?[]> Rows)
{
    public IReadOnlyList<string> GroupBy { get; init; } = [];

    public VintageColumns? Vintage { get; init; }

    /// <summary>The table's file name (e.g. reserves.csv).</summary>
    public string File => System.IO.Path.GetFileName(Path);

    /// <summary>The cell of <paramref name="row"/> under <paramref name="column"/>, or null when the header lacks it.</summary>
    public string? Cell(string?[] row, string column) =>
        Header.ToList().IndexOf(column) is var i && i >= 0 && i < row.Length ? row[i] : null;
}

/// <summary>
/// The columns of a quantity table the vintage check reads: the element, the columns that identify a series
/// (besides the element), the year, the value, and optionally a column saying where a new value was read
/// (<c>file row N column ...</c>, as the USGS importer writes it).
/// </summary>
public sealed record VintageColumns(string Element, IReadOnlyList<string> Key, string Year, string Value, string? Reference = null);
