using System.Text.RegularExpressions;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Applications;

/// <summary>
/// Builds <c>applications.csv</c> from the USGS MCS table "Critical Minerals End Use" (MCS 2024 T4): the primary
/// applications of each critical mineral, as published (US perspective, no shares). Application names in ja/en come
/// from <c>application_names.csv</c>; a name missing there stops the import so the table stays complete.
/// </summary>
public static partial class UsgsApplicationsImporter
{
    public const string OutputFile = "applications.csv";
    public const string NamesFile = "application_names.csv";
    private const string SourceId = "usgs-mcs-2024";

    /// <summary>USGS mineral names that are not the English name of the Junkan element.</summary>
    private static readonly Dictionary<string, string> MineralToElement = new()
    {
        ["Fluorspar"] = "F", ["Graphite"] = "Graphite",
    };

    /// <summary>Reads the T4 file and returns the rows of applications.csv (element, application, name_en, name_ja, share, source_id, note).</summary>
    public static IReadOnlyList<ApplicationRecord> Import(string t4Csv, string referenceFolder)
    {
        ImportPaths.RequireFolder(referenceFolder, "the reference data folder (--data)");
        var elements = CsvTable.Read(Path.Combine(referenceFolder, "elements.csv"), "symbol", "name_en").Rows
            .ToDictionary(r => r.Required("name_en").Split(' ')[0], r => r.Required("symbol"));
        var names = CsvTable.Read(Path.Combine(referenceFolder, NamesFile), "application", "name_en", "name_ja").Rows
            .ToDictionary(r => r.Required("application"), r => (En: r.Required("name_en"), Ja: r.Required("name_ja")));
        var rows = new List<ApplicationRecord>();
        var table = ImportCsv.Read(t4Csv, "Critical Mineral", "Primary Applications");
        foreach (var row in table.Rows)
        {
            string mineral = row.Required("Critical Mineral").Trim();
            string? element = MineralToElement.GetValueOrDefault(mineral) ?? elements.GetValueOrDefault(mineral);
            if (element is null) continue; // not a Junkan element (aluminum, PGMs, ...)
            foreach (var app in Split(row.Required("Primary Applications")))
            {
                string key = Key(app);
                if (key is "research-and-development") continue; // not a use that substitution could act on
                if (!names.TryGetValue(key, out var n))
                    throw row.Error("Primary Applications", $"application '{app}' (key '{key}') has no names in {NamesFile}");
                rows.Add(new ApplicationRecord(element, key, n.En, n.Ja, null, SourceId));
            }
        }
        if (rows.Count == 0)
            throw new DataFormatException(table.File, null, "Critical Mineral", "no row names a Junkan element (elements.csv): nothing to import");
        return rows;
    }

    /// <summary>"Batteries, catalysts, and metallurgy." -> Batteries | catalysts | metallurgy; "Research and development." stays one.</summary>
    internal static IEnumerable<string> Split(string text)
    {
        string t = text.Trim().TrimEnd('.');
        var parts = t.Contains(',') ? t.Split(',') : Regex.IsMatch(t, "^Research and development$", RegexOptions.IgnoreCase) ? [t] : AndSplit().Split(t);
        return parts.Select(p => LeadingAnd().Replace(p.Trim(), "")).Where(p => p.Length > 0);
    }

    internal static string Key(string application) => NonWord().Replace(application.Trim().ToLowerInvariant(), "-").Trim('-');

    /// <summary>Writes applications.csv under the shrink rule (groups: element; docs/data/import-rules.md).</summary>
    public static void Write(string referenceFolder, IReadOnlyList<ApplicationRecord> rows, ImportGuard? guard = null) =>
        ImportWriter.Write([new GuardedTable(Path.Combine(referenceFolder, OutputFile),
            ["element", "application", "name_en", "name_ja", "share", "source_id", "note"],
            [.. rows.Select(r => new[] { r.Element, r.Application, r.NameEn, r.NameJa, "", r.SourceId,
                "primary application in the US (MCS 2024 table T4); no share published: a substitution scenario must give application_share" })])
            { GroupBy = ["element"] }], guard ?? ImportGuard.Strict);

    [GeneratedRegex(@"\s+and\s+")]
    private static partial Regex AndSplit();
    [GeneratedRegex(@"^and\s+")]
    private static partial Regex LeadingAnd();
    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();
}
