using Junkan.Core.Flows;

namespace Junkan.Reports.Flows;

/// <summary>The colour categories of the links (legend order): primary, products, recycling, exports and the two losses.</summary>
internal enum SankeyCategory { Primary, Product, Recycling, Export, Disposal, Environment }

/// <summary>Deterministic colours of the Sankey (colour-blind-safe Tableau 10 hues; split uses in shades of the product hue).</summary>
internal static class SankeyPalette
{
    public const string Node = "#37414b", Boundary = "#8a96a3";
    private static readonly string[] UseShades = ["#8fb0d0", "#6d95bd", "#b2c8de", "#4f7fae", "#a3bcd6", "#7fa3c7", "#c4d4e5", "#5f8ab6"];

    public static SankeyCategory Category(FlowKind k) => k switch
    {
        FlowKind.PrimaryInput or FlowKind.PrimarySupply => SankeyCategory.Primary,
        FlowKind.NewScrap or FlowKind.Collected or FlowKind.RecoveredEndOfLife or FlowKind.RecoveredNewScrap => SankeyCategory.Recycling,
        FlowKind.ProductExport or FlowKind.UsedProductExport or FlowKind.SecondaryExport => SankeyCategory.Export,
        FlowKind.Uncollected or FlowKind.RecyclingLoss => SankeyCategory.Disposal,
        FlowKind.Dissipation => SankeyCategory.Environment,
        _ => SankeyCategory.Product,
    };

    public static string Colour(SankeyCategory c) => c switch
    {
        SankeyCategory.Primary => "#4e79a7",
        SankeyCategory.Product => "#9db4cc",
        SankeyCategory.Recycling => "#59a14f",
        SankeyCategory.Export => "#f28e2b",
        SankeyCategory.Disposal => "#e15759",
        _ => "#9c755f",
    };

    /// <summary>The colour of a link; split end-of-life links take the shade of their use's position.</summary>
    public static string Colour(SankeyLink link, IReadOnlyList<string> uses) =>
        link.Use is { } u ? UseShades[Math.Max(0, uses.IndexOf(u)) % UseShades.Length] : Colour(Category(link.Kind));

    private static int IndexOf(this IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++) if (list[i] == value) return i;
        return -1;
    }
}
