namespace Junkan.Core.Risk;

/// <summary>
/// Secondary raw material used ÷ domestic demand (内需量に対する二次原料調達率), a fraction 0..1, for one year.
/// <paramref name="ProxyLabel"/> is set when the figure is not Japan's own (e.g. the EU 2023 EOL-RIR).
/// </summary>
public sealed record SecondarySupply(double Share, int Year, IReadOnlyList<string> Sources, string? ProxyLabel = null)
{
    /// <summary>A figure of another basis shown beside this one (the EU EOL-RIR beside Japan's flow system); never used for the level.</summary>
    public SecondarySupply? Reference { get; init; }

    /// <summary>How the share was obtained (tonnes behind it, the year's basis), in plain words.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
