using Junkan.Core.Flows.Products;
using Junkan.Data.Flows.Products;
using Junkan.Data.Reference;
using Junkan.Reports.Localization;

namespace Junkan.Application.Flows;

/// <summary>
/// The bottom-up product systems set against the top-down systems of a <c>flows</c> request, one reconciliation per
/// element shown (a group: per member), with the warnings of the product data and the citations behind every row.
/// What a front end renders (docs/methods/flows.md §7).
/// </summary>
public sealed record BottomUpResult(IReadOnlyList<BottomUpReconciliation> Elements, IReadOnlyList<string> Warnings, IReadOnlyDictionary<string, SourceRecord> Citations)
{
    public static BottomUpResult None { get; } = new([], [], new Dictionary<string, SourceRecord>());
}

/// <summary>Loads data/flows/products once per workspace, runs the product systems, and reconciles them with the top-down systems.</summary>
public static class BottomUpAnalysis
{
    /// <summary>Years set beside the year shown when the products cover them.</summary>
    public static readonly IReadOnlyList<int> SummaryYears = [2010, 2020, 2030, 2050];

    /// <summary>The product data and their end-of-life runs of a workspace (loaded once, by the workspace; empty when data/flows/products is absent).</summary>
    public static (ProductSystemData Data, IReadOnlyList<ProductEndOfLife> Runs) Products(Workspace workspace) => workspace.ProductSystems;

    internal static (ProductSystemData Data, IReadOnlyList<ProductEndOfLife> Runs) Load(Workspace w)
    {
        string folder = Path.Combine(w.Catalogue.FlowsFolder, "products");
        if (!File.Exists(Path.Combine(folder, "products.csv"))) return (ProductSystemData.Empty, []);
        var flows = w.Recyclability.Flows;
        var uses = flows.Inputs.ToDictionary(i => i.Key, i => (IReadOnlySet<string>)i.Value.Uses.Select(u => u.Use).ToHashSet(StringComparer.Ordinal));
        var data = ProductSystemLoader.Load(folder, [.. w.Risk.Data.Elements.Select(e => e.Symbol)], flows.Citations, uses, FlowRequest.LastYear);
        return (data, BottomUpModel.Run(data.Products));
    }

    /// <summary>The reconciliation of every system shown, in <paramref name="year"/>, the summary years and the years of the published checks.</summary>
    public static BottomUpResult For(Workspace workspace, IReadOnlyList<ElementFlows> systems, int year)
    {
        var (data, runs) = Products(workspace);
        if (data.Products.Count == 0) return BottomUpResult.None;
        var list = new List<BottomUpReconciliation>();
        foreach (var s in systems)
        {
            string element = s.System.Inputs.Element.Value;
            if (data.Map.All(m => m.Element != element)) continue;
            var years = SummaryYears.Append(year).Concat(data.Figures.Where(f => f.Element == element).Select(f => f.Year));
            list.Add(Reconciliation.Of(element, s.System, runs, data.Map, data.Figures, years));
        }
        return new BottomUpResult(list, data.Warnings, data.Citations);
    }
}

/// <summary>
/// What an analyst should read from a reconciliation row or check (en and ja), by the rules of docs/methods/flows.md §7;
/// the sentences are the <c>Recon_</c> and <c>Check_</c> entries of the report resources.
/// </summary>
public static class ReconciliationReading
{
    private static readonly ReportText En = new("en"), Ja = new("ja");

    /// <summary>The reading of one row.</summary>
    public static (string En, string Ja) Of(ReconciliationRow row) => Both(row.Ratio switch
    {
        null => "Recon_NoTopDown",
        > 1.2 when row.Partial => "Recon_PartialAbove",
        > 1.2 => "Recon_Above",
        < 0.8 when !row.Partial => "Recon_BelowCovered",
        < 0.8 => "Recon_Partial",
        _ => "Recon_Agree",
    });

    /// <summary>The reading of one published check (the ratio is published ÷ model, or recovered ÷ contained).</summary>
    public static (string En, string Ja) Of(ProductCheck check) => (check.Figure.Measure, check.Ratio) switch
    {
        (_, null) => Both("Check_NoModel"),
        ("recovered_t", var r) when r <= 1 => Both("Check_RecoveredShare", r),
        ("recovered_t", _) => Both("Check_RecoveredAbove"),
        (_, var r) when r is >= 0.8 and <= 1.25 => Both("Check_UnitsAgree"),
        (_, var r) => Both("Check_UnitsMiss", r),
    };

    private static (string En, string Ja) Both(string key, params object?[] args) => (Format(En, key, args), Format(Ja, key, args));

    private static string Format(ReportText text, string key, object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, text[key], args);
}
