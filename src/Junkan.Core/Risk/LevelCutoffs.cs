namespace Junkan.Core.Risk;

/// <summary>
/// Cut-offs that turn an indicator value into High/Mid/Low.
/// When <see cref="HigherIsRiskier"/>: High if value ≥ <see cref="High"/>, Mid if ≥ <see cref="Mid"/>, else Low.
/// Otherwise (secondary supply): High if value &lt; <see cref="High"/>, Mid if &lt; <see cref="Mid"/>, else Low.
/// </summary>
public sealed record LevelCutoffs(double High, double Mid, bool HigherIsRiskier = true)
{
    /// <summary>Checks that the cut-offs are finite and ordered for their direction.</summary>
    public LevelCutoffs Validated(string name)
    {
        if (!double.IsFinite(High) || !double.IsFinite(Mid))
            throw new ArgumentException($"{name}: cut-offs must be finite numbers.");
        if (HigherIsRiskier ? High < Mid : High > Mid)
            throw new ArgumentException(
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}: the High cut-off ({High}) must be {(HigherIsRiskier ? "≥" : "≤")} the Mid cut-off ({Mid})."));
        return this;
    }

    public RiskLevel Classify(double value) => HigherIsRiskier
        ? value >= High ? RiskLevel.High : value >= Mid ? RiskLevel.Mid : RiskLevel.Low
        : value < High ? RiskLevel.High : value < Mid ? RiskLevel.Mid : RiskLevel.Low;
}
