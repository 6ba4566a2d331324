namespace Junkan.Application;

/// <summary>
/// The one map of the paths a workspace reads: the reference tables (<c>data/reference</c>), the product stock data
/// (<c>data/stocks</c>) and the recyclability tables (<c>data/recyclability</c>) beside them, the vendored public
/// releases (<c>data/raw</c>) and the settings files (<c>config/</c>). Paths are absolute.
/// </summary>
public sealed record DataCatalogue
{
    private DataCatalogue(string referenceFolder, string riskSettingsFile, string selectionSettingsFile)
    {
        ReferenceFolder = referenceFolder;
        RiskSettingsFile = riskSettingsFile;
        SelectionSettingsFile = selectionSettingsFile;
    }

    /// <summary>The reference tables (sources.csv, production.csv, ...).</summary>
    public string ReferenceFolder { get; }

    /// <summary>The risk settings (JSON).</summary>
    public string RiskSettingsFile { get; }

    /// <summary>The selection settings (JSON).</summary>
    public string SelectionSettingsFile { get; }

    /// <summary>The data folder that holds reference/, stocks/, recyclability/ and raw/.</summary>
    public string DataFolder => Path.GetDirectoryName(ReferenceFolder)!;

    /// <summary>Product inflows (the lifetimes, contents and sources tables sit beside it).</summary>
    public string ProductInflows => Path.Combine(DataFolder, "stocks", "product_inflows.csv");

    public string RecyclabilityFolder => Path.Combine(DataFolder, "recyclability");

    /// <summary>The flow-system data of every element (demand, uses, lifetimes, end-of-life parameters).</summary>
    public string FlowsFolder => Path.Combine(DataFolder, "flows");

    public string RawFolder => Path.Combine(DataFolder, "raw");

    /// <summary>The reference folder given, else data/reference of the repository (for the importers, which need no settings).</summary>
    public static string LocateReference(string? referenceFolder) =>
        Path.GetFullPath(referenceFolder ?? Path.Combine(RepositoryLocator.Find(), "data", "reference"));

    /// <summary>
    /// The catalogue for the given paths; each missing one defaults as the CLI documents: <c>data/reference</c> of the
    /// repository found by <see cref="RepositoryLocator"/>, <c>config/risk-settings.json</c> of that repository, and
    /// <c>selection-settings.json</c> beside the risk settings.
    /// </summary>
    public static DataCatalogue Locate(string? referenceFolder = null, string? riskSettingsFile = null, string? selectionSettingsFile = null)
    {
        string? root = referenceFolder is null || riskSettingsFile is null ? RepositoryLocator.Find() : null;
        string reference = Path.GetFullPath(referenceFolder ?? Path.Combine(root!, "data", "reference"));
        string risk = Path.GetFullPath(riskSettingsFile ?? Path.Combine(root!, "config", "risk-settings.json"));
        string selection = Path.GetFullPath(selectionSettingsFile ?? Path.Combine(Path.GetDirectoryName(risk)!, "selection-settings.json"));
        return new DataCatalogue(reference, risk, selection);
    }
}
