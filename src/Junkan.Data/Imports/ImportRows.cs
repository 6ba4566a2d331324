using Junkan.Core.Elements;
using Junkan.Data.Reference;

namespace Junkan.Data.Imports;

/// <summary>Row helpers the import-share importers (customs, Comtrade) share: keeping rows of an existing table, projecting cells onto a header, stage names.</summary>
internal static class ImportRows
{
    /// <summary>The header and the kept rows (all cells as written) of an existing table, or the default header.</summary>
    public static (string[] Header, List<string?[]> Kept) Existing(string path, string[] columns, Func<CsvRow, bool> keep)
    {
        if (!File.Exists(path)) return (columns, []);
        var t = CsvTable.Read(path, columns);
        var header = t.Header.ToArray();
        return (header, t.Rows.Where(keep).Select(r => header.Select(h => (string?)r.Text(h)).ToArray()).ToList());
    }

    /// <summary>The cells in header order ("" for a column not given).</summary>
    public static string?[] Project(string[] header, Dictionary<string, string> cells) => header.Select(h => (string?)cells.GetValueOrDefault(h, "")).ToArray();

    /// <summary>The stage as written in japan_imports.csv.</summary>
    public static string Stage(SupplyStage s) => s == SupplyStage.Mine ? "mine" : "refined";
}
