namespace Junkan.Core.Elements;

/// <summary>Stage of the supply chain a figure refers to.</summary>
public enum SupplyStage
{
    /// <summary>Mine production, ores and concentrates (精鉱).</summary>
    Mine,
    /// <summary>Refinery/smelter production, refined products: metal, oxides, salts (製錬品).</summary>
    Refined,
}
