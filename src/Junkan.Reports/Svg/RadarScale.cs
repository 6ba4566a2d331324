using Junkan.Core.Risk;

namespace Junkan.Reports.Svg;

/// <summary>
/// Where a value sits on a radar axis (0 = centre, 1 = rim): each level band takes a third of the radius (Low inner,
/// Mid middle, High outer) and the value is placed linearly between the band's cut-offs, so a measure that moves a
/// value moves the vertex even when the level stays. Band tops: HHI 10,000; ③④⑤ four times the High cut-off (values
/// above are drawn at the rim); ⑥ (lower is riskier) runs from share 1 (centre) to share 0 (rim).
/// </summary>
public static class RadarScale
{
    /// <summary>The position 0..1, or null for a gap (N/A, no data); a level without a value sits in the middle of its band.</summary>
    public static double? Position(IndicatorResult r, LevelCutoffs c)
    {
        if (r.Level is not { } level) return null;
        int band = (int)level - 1;
        if (r.Value is not { } v || !double.IsFinite(v)) return (band + 0.5) / 3;
        var (lo, hi) = Edges(r.Indicator, c, band);
        double frac = hi == lo ? 0.5 : Math.Clamp((v - lo) / (hi - lo), 0, 1);
        return (band + frac) / 3;
    }

    /// <summary>The value range of a band (index 0 Low, 1 Mid, 2 High), oriented so that the second edge is the riskier one.</summary>
    private static (double Lo, double Hi) Edges(RiskIndicator i, LevelCutoffs c, int band)
    {
        if (!c.HigherIsRiskier)
            return band switch { 2 => (c.High, 0), 1 => (c.Mid, c.High), _ => (1, c.Mid) };
        double top = i is RiskIndicator.ReserveConcentration or RiskIndicator.ProductionConcentration ? Hhi.Monopoly : 4 * c.High;
        return band switch { 2 => (c.High, Math.Max(top, c.High)), 1 => (c.Mid, c.High), _ => (0, c.Mid) };
    }
}
