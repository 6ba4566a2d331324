using System.Globalization;
using Junkan.Core.Recyclability;

namespace Junkan.Core.Selection;

/// <summary>
/// The reason for an element's place in the selection, in numbers: recoverable tonnes now and in the forecast year with
/// the share of demand, the main source, the urban-ore ratio, collectability, supply risk, the probability of selection
/// over the draws, and the data gaps that held it back.
/// </summary>
public static class SelectionReasons
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Explain(ElementSelection e, int draws)
    {
        var a = e.Central;
        var parts = new List<string>
        {
            $"{(e.Selected ? "selected" : "not selected")}: rank {e.Rank}, score {e.Score.ToString("0.000", Inv)}" +
            (draws > 0 ? $" (90 % {Fmt(e.ScoreSpread.P5, "0.000")}–{Fmt(e.ScoreSpread.P95, "0.000")}), selected in {(e.SelectionProbability * 100).ToString("0", Inv)} % of {draws.ToString("N0", Inv)} draws" : ""),
        };
        if (a.Recoverable is { } r)
            parts.Add($"{Tonnes(r)} t/y recoverable in {a.Year}" + (a[Criterion.DemandShare] is { } s ? $" ({Pct(s)} of Japan's demand)" : " (demand unknown)") +
                (a.ForecastRecoverable is { } f ? $", {Tonnes(f)} t/y in {a.ForecastYear}" : ""));
        else parts.Add($"recoverable tonnes unknown ({string.Join("; ", a.Sources.Where(x => x.Gaps.Count > 0).Take(3).Select(x => $"{x.Source.Id}: {string.Join(", ", x.Gaps)}"))})");
        if (a.Sources.Where(x => x.Contained is > 0).OrderByDescending(x => x.Contained).FirstOrDefault() is { } main)
            parts.Add($"main source {main.Source.NameEn} ({Tonnes(main.Contained!.Value)} t/y contained)");
        if (a[Criterion.UrbanOreRatio] is { } u) parts.Add($"content {u.ToString(u >= 10 ? "0" : "0.#", Inv)}× the ore grade");
        if (a[Criterion.Collectability] is { } c) parts.Add($"{Pct(c)} of it collectable (a collection route, or arising at a plant)");
        if (a[Criterion.Dissipation] is { } d) parts.Add($"{Pct(d)} of demand dissipative");
        if (a[Criterion.SupplyRisk] is { } k) parts.Add($"supply risk {k.ToString("0.00", Inv)} (mean radar level, 1 = all High)");
        var missing = Criteria.All.Where(x => a[x] is null).Select(x => x.Key()).ToArray();
        if (missing.Length > 0) parts.Add($"no value for {string.Join(", ", missing)}");
        return string.Join("; ", parts) + ".";
    }

    private static string Tonnes(double t) => t.ToString(t >= 100 ? "N0" : t >= 1 ? "0.#" : "0.###", Inv);
    private static string Pct(double f) => f > 0 && f < 0.0001 ? "< 0.01 %" : (f * 100).ToString(f < 0.01 ? "0.##" : "0", Inv) + " %";
    private static string Fmt(double? v, string format) => v?.ToString(format, Inv) ?? "n/a";
}
