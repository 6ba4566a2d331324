namespace Junkan.Web.Features.Data;

/// <summary>
/// What a data upload may be: a UN Comtrade download or a MOF customs CSV (→ japan_imports.csv), one USGS MCS
/// release file (<c>mcsYYYY-code_world.csv</c> or <c>_salient.csv</c> → production, reserves, prices) or the
/// Excel template of import shares (→ japan_imports.csv, sources.csv).
/// </summary>
internal sealed record UploadKind(string Key, string Extension, IReadOnlyList<string> ContentTypes)
{
    private static readonly string[] CsvTypes = ["text/csv", "application/csv", "text/plain", "application/vnd.ms-excel", "application/octet-stream"];

    public static UploadKind Comtrade { get; } = new("comtrade", ".csv", CsvTypes);
    public static UploadKind Customs { get; } = new("customs", ".csv", CsvTypes);
    public static UploadKind Usgs { get; } = new("usgs", ".csv", CsvTypes);
    public static UploadKind Template { get; } = new("template", ".xlsx", ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream"]);

    public static IReadOnlyList<UploadKind> All { get; } = [Comtrade, Customs, Usgs, Template];

    public static UploadKind? Of(string? key) => All.FirstOrDefault(k => k.Key == key);

    public bool IsWorkbook => Extension == ".xlsx";
}
