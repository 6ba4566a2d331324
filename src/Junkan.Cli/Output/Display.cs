using System.Globalization;
using Junkan.Core.Risk;

namespace Junkan.Cli.Output;

/// <summary>Plain-text renderings of indicator values shared by the table and CSV outputs.</summary>
public static class Display
{
    public static string Status(IndicatorStatus s) => s switch
    {
        IndicatorStatus.Value => "value",
        IndicatorStatus.NotApplicable => "n/a",
        _ => "no data",
    };

    /// <summary>HHI as an integer, import stability with 3 decimals, fractions as percentages.</summary>
    public static string Value(IndicatorResult r) => r.Value is not double v ? Status(r.Status) : r.Indicator switch
    {
        RiskIndicator.ReserveConcentration or RiskIndicator.ProductionConcentration => v.ToString("0", CultureInfo.InvariantCulture),
        RiskIndicator.ImportStabilityConcentrate or RiskIndicator.ImportStabilityRefined => v.ToString("0.000", CultureInfo.InvariantCulture),
        _ => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %",
    };

    /// <summary>Tonnes for tables: thousands separators from 100, two decimals below, '-' for none.</summary>
    public static string Tonnes(double? v) => v is { } x ? x.ToString(Math.Abs(x) >= 100 ? "N0" : "0.##", CultureInfo.InvariantCulture) : "-";

    public static string Number(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
