using System.Globalization;
using Junkan.Core.Risk;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Formatting;

/// <summary>How numbers appear in reports: invariant digits in both languages, HHI as integers, Σ s²·g with three decimals, fractions as percentages.</summary>
public static class ReportFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Value(IndicatorResult r, ReportText t) => r.Value is double v ? Value(r.Indicator, v) : t.Status(r.Status);

    public static string Value(RiskIndicator i, double v) => i switch
    {
        RiskIndicator.ReserveConcentration or RiskIndicator.ProductionConcentration => v.ToString("#,0", Inv),
        RiskIndicator.ImportStabilityConcentrate or RiskIndicator.ImportStabilityRefined => v.ToString("0.000", Inv),
        _ => Percent(v),
    };

    public static string Percent(double fraction) => (fraction * 100).ToString("0.0", Inv) + " %";

    public static string Tonnes(double t) => t >= 100 ? t.ToString("#,0", Inv) : t.ToString("#,0.###", Inv);

    /// <summary>Tonnes to about three significant figures (2,345; 23.4; 2.35; 0.235), so that decimals are not read as thousands.</summary>
    public static string SignificantTonnes(double t) =>
        t.ToString(Math.Abs(t) >= 1000 ? "#,0" : Math.Abs(t) >= 100 ? "0" : Math.Abs(t) >= 10 ? "0.#" : Math.Abs(t) >= 1 ? "0.##" : "0.###", Inv);

    /// <summary>
    /// A share as a percentage; below 0.1 % with up to three decimals rather than a misleading "0.0 %", and below
    /// 0.001 % as "&lt; 0.001 %" rather than "0 %".
    /// </summary>
    public static string SmallPercent(double fraction) =>
        fraction > 0 && fraction < 0.00001 ? "< 0.001 %"
        : fraction > 0 && fraction < 0.001 ? (fraction * 100).ToString("0.###", Inv) + " %" : Percent(fraction);

    public static string Number(double v) => v.ToString("#,0.###", Inv);

    public static string Level(IndicatorResult r, ReportText t) => r.Level is { } l ? t.Level(l) : t.Status(r.Status);

    /// <summary>"value (level)", e.g. "4,909 (High)"; the status alone where there is no value ("N/A", never "N/A (N/A)").</summary>
    public static string ValueAndLevel(IndicatorResult r, ReportText t) => r.Value is null ? t.Status(r.Status) : $"{Value(r, t)} ({Level(r, t)})";

    /// <summary>CSS class of a result: level-high, level-mid, level-low, status-na or status-nodata.</summary>
    public static string CssClass(IndicatorResult r) => r.Level switch
    {
        RiskLevel.High => "level-high",
        RiskLevel.Mid => "level-mid",
        RiskLevel.Low => "level-low",
        _ => r.Status == IndicatorStatus.NotApplicable ? "status-na" : "status-nodata",
    };

    /// <summary>The cut-off rule of an indicator in words, e.g. "High ≥ 3,000; Mid ≥ 2,500".</summary>
    public static (string High, string Mid) Cutoffs(RiskIndicator i, LevelCutoffs c)
    {
        string op = c.HigherIsRiskier ? "≥" : "<";
        return ($"{op} {Value(i, c.High)}", $"{op} {Value(i, c.Mid)}");
    }

    public static string Timestamp(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", Inv);

}
