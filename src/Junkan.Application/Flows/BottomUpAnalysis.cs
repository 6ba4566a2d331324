using Junkan.Core.Flows.Products;
using Junkan.Data.Flows.Products;
using Junkan.Data.Reference;

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

/// <summary>What an analyst should read from a reconciliation row or check (en and ja), by the rules of docs/methods/flows.md §7.</summary>
public static class ReconciliationReading
{
    /// <summary>The reading of one row.</summary>
    public static (string En, string Ja) Of(ReconciliationRow row) => row.Ratio switch
    {
        null => ("No top-down figure for these uses in this year.", "この年・用途にトップダウンの値がない。"),
        > 1.2 when row.Partial => ("The products alone exceed the whole top-down use: the top-down use share, demand history or lifetime is too small for these uses (or the bottom-up contents are too high).",
            "製品だけで用途全体を上回る: トップダウンの用途比率・需要履歴・寿命が過小（またはボトムアップの含有量が過大）。"),
        > 1.2 => ("Bottom-up above top-down: check demand and lifetime of the use against the product counts.", "ボトムアップがトップダウンを上回る: 用途の需要と寿命を製品台数と照合。"),
        < 0.8 when !row.Partial => ("Bottom-up below top-down although the products cover the use: the top-down demand or share is too large, or products are missing.",
            "製品が用途を網羅するのにボトムアップが小さい: トップダウンの需要・比率が過大か製品が不足。"),
        < 0.8 => ("These products are the part of the use shown; the rest is other products in the same use (expected for a partial mapping).",
            "これらの製品は用途の一部: 残りは同じ用途の他製品（部分対応なので想定どおり）。"),
        _ => ("Bottom-up and top-down agree within 20 %.", "ボトムアップとトップダウンは20 %以内で一致。"),
    };

    /// <summary>The reading of one published check.</summary>
    public static (string En, string Ja) Of(ProductCheck check) => (check.Figure.Measure, check.Ratio) switch
    {
        (_, null) => ("The model has no figure for these products in this year.", "この年の製品にモデル値がない。"),
        ("recovered_t", var r) when r <= 1 => ($"{r:P0} of the contained element was recovered as metal; the rest left in mixed fractions, residues or was not separated.",
            $"含有量の{r:P0}が金属として回収: 残りは混合物・残さへ、または未分離。"),
        ("recovered_t", _) => ("More recovered than the modelled content: the per-unit contents are too low.", "回収量がモデル含有量を上回る: 1台当たり含有量が過小。"),
        (_, var r) when r is >= 0.8 and <= 1.25 => ("The modelled units agree with the published count within 25 %.", "モデル台数は公表値と25 %以内で一致。"),
        (_, var r) => ($"Published / model = {r:0.00}: the unit series (sales, lifetime or export share) misses the published count.",
            $"公表値/モデル = {r:0.00}: 台数系列（販売・寿命・輸出比率）が公表値と合わない。"),
    };
}
