using Junkan.Data.Applications;
using Junkan.Data.Comtrade;
using Junkan.Data.Customs;
using Junkan.Data.EuCrm;
using Junkan.Data.Imports;
using Junkan.Data.Usgs;
using Junkan.Data.Wgi;

namespace Junkan.Application.Imports;

/// <summary>
/// Use case <c>data import-*</c>: rebuild the reference tables of a data folder from the public releases, under the
/// import rules (docs/data/import-rules.md): missing, empty or truncated inputs, shrinking tables (unless allowed)
/// and 100x jumps against the older vintage (unless confirmed) are refused, and the tables are written all or nothing.
/// </summary>
public sealed class ReferenceDataImport
{
    private ReferenceDataImport(string referenceFolder, ImportGuard guard) => (ReferenceFolder, Guard) = (referenceFolder, guard);

    /// <summary>The folder the tables are written into.</summary>
    public string ReferenceFolder { get; }

    public ImportGuard Guard { get; }

    /// <summary>Imports into <paramref name="referenceFolder"/> (default: the repository's data/reference), which must exist: no import creates a data folder.</summary>
    public static ReferenceDataImport Into(string? referenceFolder, ImportGuard guard)
    {
        string folder = DataCatalogue.LocateReference(referenceFolder);
        ImportPaths.RequireFolder(folder, "the reference data folder (--data)");
        return new ReferenceDataImport(folder, guard);
    }

    /// <summary>USGS MCS release folders, oldest first → production.csv, reserves.csv, prices.csv.</summary>
    public UsgsImportResult Usgs(IReadOnlyList<string> releaseFolders) => UsgsReleaseImport.Run(releaseFolders, ReferenceFolder, Guard);

    /// <summary>World Bank WGI long CSV → wgi.csv (years <paramref name="from"/>..<paramref name="to"/>); returns the country-years written.</summary>
    public int Wgi(string file, int from, int to)
    {
        var rows = WgiImporter.Import(file, Path.Combine(ReferenceFolder, "wgi_crosswalk.csv"), from, to);
        WgiImporter.Write(ReferenceFolder, rows, Guard);
        return rows.Count;
    }

    /// <summary>EU CRM 2023 results → eu_crm_2023.csv and secondary_supply.csv, replaced together.</summary>
    public EuCrmImportResult EuCrm(string file) => EuCrmImporter.ImportInto(file, ReferenceFolder, Guard);

    /// <summary>MOF trade statistics → japan_imports.csv.</summary>
    public CustomsImportResult Customs(IReadOnlyList<string> files, CustomsImportOptions options)
    {
        var result = CustomsImporter.Import(files, ReferenceFolder, options);
        CustomsImporter.WriteTo(ReferenceFolder, result, Guard);
        return result;
    }

    /// <summary>UN Comtrade downloads of Japan's imports → japan_imports.csv and japan_imports_comtrade.csv.</summary>
    public ComtradeImportResult Comtrade(IReadOnlyList<string> files)
    {
        var result = ComtradeImporter.Import(files, ReferenceFolder);
        ComtradeImporter.WriteTo(ReferenceFolder, result, Guard);
        return result;
    }

    /// <summary>USGS critical-mineral end uses → applications.csv; returns (rows, elements).</summary>
    public (int Rows, int Elements) Applications(string file)
    {
        var rows = UsgsApplicationsImporter.Import(file, ReferenceFolder);
        UsgsApplicationsImporter.Write(ReferenceFolder, rows, Guard);
        return (rows.Count, rows.Select(r => r.Element).Distinct().Count());
    }
}
