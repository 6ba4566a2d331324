using Junkan.Core.Inputs;
using Junkan.Data.Countries;
using Junkan.Data.Imports;
using Junkan.Data.Reference;

namespace Junkan.Data.Usgs;

/// <summary>
/// <c>junkan data import-usgs</c>: imports MCS releases oldest first, checks each against the releases before it
/// (<see cref="ShrinkRule"/>, <see cref="VintageCheck"/>), merges them, and writes production.csv, reserves.csv and prices.csv into the
/// reference folder under the import rules (docs/data/import-rules.md). Nothing is written on any error.
/// </summary>
public static class UsgsReleaseImport
{
    public static UsgsImportResult Run(IReadOnlyList<string> folders, string referenceFolder, ImportGuard guard)
    {
        if (folders.Count == 0) throw new UsageException("folders", "no MCS release folder given");
        ImportPaths.RequireFolder(referenceFolder, "the reference data folder (--data)");
        var countries = new CountryDirectory(Path.Combine(referenceFolder, "countries.csv"));
        var map = CsvTable.Read(Path.Combine(referenceFolder, "usgs_commodities.csv"), "code", "element").Rows
            .ToDictionary(r => r.Required("code"), r => r.Required("element"));
        CheckOrder(folders);
        UsgsImportResult? merged = null;
        foreach (var folder in folders)
        {
            var release = UsgsMcsImporter.Import(folder, countries, map);
            if (merged is not null) CheckVintage(merged, release, referenceFolder, guard);
            merged = merged is null ? release : UsgsImportResult.Merge(merged, release);
        }
        merged!.WriteTo(referenceFolder, guard);
        return merged;
    }

    /// <summary>Newer figures replace older ones when merged, so the releases must come oldest first, each once.</summary>
    private static void CheckOrder(IReadOnlyList<string> folders)
    {
        foreach (var f in folders) ImportPaths.RequireFolder(f, "an MCS release folder (with world/ and salient/)");
        var years = folders.Select(UsgsMcsImporter.ReleaseOf).ToArray();
        for (int i = 1; i < years.Length; i++)
            if (years[i] <= years[i - 1])
                throw new UsageException("folders", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"give the releases oldest first, each once: {folders[i]} (MCS {years[i]}) comes after MCS {years[i - 1]}"));
    }

    private static string Folder(UsgsImportResult r) =>
        r.Production.Concat(r.Reserves).Select(f => f.SourceId).Concat(r.Prices.Select(p => p.SourceId)).FirstOrDefault() ?? "the release";

    private static void CheckVintage(UsgsImportResult older, UsgsImportResult newer, string folder, ImportGuard guard)
    {
        var before = older.Tables(folder);
        var after = newer.Tables(folder);
        for (int i = 0; i < after.Count; i++)
        {
            if (!guard.AllowShrink)
                foreach (var g in ShrinkRule.CheckMerged(before[i], after[i], "the previous release"))
                    newer.Skipped.Add($"{after[i].File}: {g} has no rows in {Folder(newer)}; the rows of the previous release are kept");
            VintageCheck.Check(VintageCheck.FromRows(before[i]), "the previous release", VintageCheck.FromRows(after[i]), after[i].File, guard);
        }
    }
}
