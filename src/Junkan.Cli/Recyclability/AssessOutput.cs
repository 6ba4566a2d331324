using System.Globalization;
using System.Text;
using System.Text.Json;
using Junkan.Application;
using Junkan.Application.Recyclability;
using Junkan.Cli.Output;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Spectre.Console;

namespace Junkan.Cli.Recyclability;

/// <summary>Table, JSON (keyed by element symbol) and long CSV of recyclability assessments.</summary>
internal static class AssessOutput
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] LeadColumns = ["element", "end of life", "recovered today (5–95 %)", "new scrap", "achievable", "potential", "exported", "of demand", "primary (not counted)"];
    private static readonly string[] CriterionColumns = ["ore ×", "USD/t", "routed", "dissip.", "TRL", "risk", "coverage"];

    public static void Write(string format, AssessmentResult result, RecyclabilityWorkspace s)
    {
        var (assessments, profiles, inputs, outlook) = (result.Assessments, result.Profiles, result.Inputs, result.Outlook);
        switch (format)
        {
            case "json": Json(result, s); break;
            case "csv": Csv(Console.Out, assessments, outlook); break;
            default: Table(result, inputs.Scenario); ComparisonTable(result.Comparisons, assessments); CarbonOutput.Table(result.CarbonEffects); break;
        }
    }

    private static void Table(AssessmentResult result, string scenario)
    {
        var (assessments, outlook) = (result.Assessments, result.Outlook);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 240;   // a file or pipe has no window: do not wrap at 80 columns
        var a0 = assessments.Count > 0 ? assessments[0] : null;
        var years = a0 is null ? [] : outlook[a0.Element].Select(h => h.Year).ToArray();
        var table = new Table().Title($"Recyclability from the element flow systems of Japan, {a0?.Year} (growth to {a0?.ForecastYear}, scenario {scenario}); t of element per year");
        foreach (var h in LeadColumns.Concat(years.Select(y => y.ToString(Inv))).Concat(CriterionColumns))
            table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var a in assessments)
        {
            var f = result.FlowSpreads.GetValueOrDefault(a.Element);
            table.AddRow([a.Element, T(f?.EndOfLife.Central), f is null ? "no flow system" : $"{T(f.RecoveredToday.Central)} ({T(f.RecoveredToday.Low)}–{T(f.RecoveredToday.High)})",
                T(f?.RecoveredNewScrap.Central), T(f?.Achievable.Central), T(f?.Potential.Central), T(f?.Exported.Central), P(a[Criterion.DemandShare]), T(a.PrimaryByproduct),
                .. outlook[a.Element].Select(h => T(h.Recoverable)),
                R(a[Criterion.UrbanOreRatio]), N(a[Criterion.ValueDensity], "N0"), P(a[Criterion.Collectability]), P(a[Criterion.Dissipation]),
                N(a[Criterion.TechnologyReadiness], "0"), N(a[Criterion.SupplyRisk], "0.00"), P(result.FlowCoverage.TryGetValue(a.Element, out var cov) ? cov : null)]);
        }
        console.Write(table);
        console.WriteLine("Every figure comes from the element's flow system (junkan flows --element X): demand by use × lifetime (stock model) → end of life → export, collection, recovery. " +
            "'recovered today' = end-of-life recovery + 'new scrap' recovered at today's collection rates and yields, with the 5–95 % range of 1,000 draws of every input; " +
            "'achievable' = with technologies at TRL ≥ 8; 'potential' = all non-dissipated end-of-life flow + new scrap; 'exported' = used products and scrap leaving Japan. " +
            "'primary (not counted)' = by-product recovery from imported ores and concentrates (Bi, Se, Te from smelter slimes): primary supply, never counted as recycling. " +
            "Year columns = recovered t/y in that year at today's rates. 'coverage' = share of the per-use parameters given by a figure for that use (the rest are route defaults or gaps, listed by --format json). " +
            "'USD/t' = value density; '-' = not computable (a gap).");
        foreach (var flag in assessments.SelectMany(a => a.Flags)) console.WriteLine("flag: " + flag);
    }

    /// <summary>The model's recovered-today tonnes beside every published figure, with the ratio and its flags.</summary>
    private static void ComparisonTable(IReadOnlyDictionary<string, IReadOnlyList<PublishedComparison>> comparisons, IReadOnlyList<ElementAssessment> assessments)
    {
        var rows = assessments.SelectMany(a => comparisons.TryGetValue(a.Element, out var c) ? c : []).ToArray();
        if (rows.Length == 0) return;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 200;
        var table = new Table().Title("Recovered today: model against published figures for Japan (t of element per year)");
        foreach (var h in new[] { "element", "model", "published", "low–high", "year", "ratio", "source", "q", "flag" })
            table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var c in rows)
        {
            var e = c.Figure.Published;
            table.AddRow(Markup.Escape(c.Figure.Element), T(c.Model), T(e.Value), e.HasRange ? $"{T(e.Low)}–{T(e.High)}" : "", e.Year?.ToString(Inv) ?? "-",
                c.Ratio is { } r ? r.ToString("G3", Inv) : "-", Markup.Escape(e.SourceId), e.Quality.ToString(Inv), Markup.Escape(string.Join("; ", c.Flags)));
        }
        console.Write(table);
        console.WriteLine($"ratio = model / published; outside {PublishedComparison.LowRatio.ToString(Inv)}..{PublishedComparison.HighRatio.ToString(Inv)} it is flagged. Nothing is tuned to match: what each published figure covers is in data/recyclability/comparisons.csv.");
    }

    private static void Json(AssessmentResult result, RecyclabilityWorkspace s)
    {
        var (assessments, profiles, inputs, outlook, comparisons) = (result.Assessments, result.Profiles, result.Inputs, result.Outlook, result.Comparisons);
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, RiskJson.Options))
        {
            w.WriteStartObject();
            w.WriteNumber("year", assessments.Count > 0 ? assessments[0].Year : s.Settings.Year);
            w.WriteNumber("forecast_year", s.Settings.ForecastYear);
            w.WriteString("scenario", inputs.Scenario);
            w.WriteStartObject("elements");
            foreach (var a in assessments)
            {
                var p = profiles.First(p => p.Element == a.Element);
                Element(w, a, p, s, inputs.Prices, outlook[a.Element], comparisons.TryGetValue(a.Element, out var c) ? c : [],
                    result.FlowSpreads.GetValueOrDefault(a.Element), result.FlowCoverage.TryGetValue(a.Element, out var cov) ? cov : null,
                    result.CarbonEffects.FirstOrDefault(x => x.Element == a.Element));
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        Console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Element(Utf8JsonWriter w, ElementAssessment a, ElementProfile p, RecyclabilityWorkspace s, ElementPrices prices, IReadOnlyList<HorizonAmount> outlook,
        IReadOnlyList<PublishedComparison> comparisons, Core.Flows.FlowSpread? flows, double? coverage, CarbonEffect? carbon)
    {
        w.WriteStartObject(a.Element);
        CarbonOutput.Json(w, carbon);
        FlowJson.Totals(w, flows, p, coverage, a.PrimaryByproduct);
        Estimate(w, "japan_demand", p.JapanDemand);
        Estimate(w, "price", prices.Prices.GetValueOrDefault(a.Element));   // USD/t of element, the input of value_density
        Number(w, "contained_t", a.Contained);
        Number(w, "recoverable_t", a.Recoverable);
        Number(w, "recoverable_achievable_t", a.RecoverableAchievable);
        Number(w, "forecast_recoverable_t", a.ForecastRecoverable);
        Number(w, "primary_byproduct_t", a.PrimaryByproduct);   // primary supply from imported concentrates: shown, not counted
        w.WriteStartObject("horizons");   // recoverable t/y per year at today's collection and yields; share of today's demand
        foreach (var h in outlook)
        {
            w.WriteStartObject(h.Year.ToString(Inv));
            Number(w, "recoverable_t", h.Recoverable);
            Number(w, "demand_share", h.DemandShare);
            w.WriteNumber("held_sources", h.HeldSources);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartArray("comparisons");   // recovered today (model) against published figures for Japan
        foreach (var c in comparisons)
        {
            w.WriteStartObject();
            w.WriteString("quantity", c.Figure.Quantity);
            Estimate(w, "published", c.Figure.Published);
            Number(w, "model_t", c.Model);
            if (c.ModelYear is int my) w.WriteNumber("model_year", my);
            Number(w, "ratio", c.Ratio);
            w.WriteBoolean("independent", c.Independent);
            w.WriteStartArray("flags");
            foreach (var f in c.Flags) w.WriteStringValue(f);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("criteria");
        foreach (var c in Criteria.All) Number(w, c.Key(), a[c]);
        w.WriteEndObject();
        w.WriteStartArray("sources");
        foreach (var x in a.Sources)
        {
            w.WriteStartObject();
            w.WriteString("id", x.Source.Id);
            w.WriteString("kind", x.Source.Kind.ToString());
            w.WriteString("route", x.Source.Route.ToString());
            w.WriteString("name", x.Source.NameEn);
            Number(w, "contained_t", x.Contained);
            Number(w, "recoverable_t", x.Recoverable);
            w.WriteBoolean("primary", x.Source.IsPrimary);
            Number(w, "primary_byproduct_t", x.PrimaryByproduct);
            foreach (var (key, e) in new[] { ("generation", x.Source.Generation), ("contained", x.Source.Contained), ("recovered", x.Source.Recovered), ("content", x.Source.Content),
                ("collection_rate_now", x.Source.CollectionNow), ("collection_rate_achievable", x.Source.CollectionAchievable),
                ("yield_pre", x.Source.YieldPre), ("yield_end", x.Source.YieldEnd), ("trl", x.Source.Trl) })
                Estimate(w, key, e);
            w.WriteStartArray("gaps");
            foreach (var g in x.Gaps) w.WriteStringValue(g);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("data_gaps");
        foreach (var g in s.Data.Gaps.Where(g => g.Element == a.Element)) w.WriteStringValue($"{(g.Source is null ? "" : g.Source + ".")}{g.Parameter}: {g.Note}");
        w.WriteEndArray();
        w.WriteStartArray("flags");
        foreach (var f in a.Flags) w.WriteStringValue(f);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>An input figure with its range, unit, year, source and quality (null = gap).</summary>
    internal static void Estimate(Utf8JsonWriter w, string key, Estimate? e)
    {
        if (e is null) { w.WriteNull(key); return; }
        w.WriteStartObject(key);
        w.WriteNumber("value", e.Value);
        w.WriteNumber("low", e.Low);
        w.WriteNumber("high", e.High);
        w.WriteString("unit", e.Unit.Symbol);
        if (e.Year is int y) w.WriteNumber("year", y); else w.WriteNull("year");
        w.WriteString("source", e.SourceId);
        w.WriteNumber("quality", e.Quality);
        w.WriteEndObject();
    }

    internal static void Number(Utf8JsonWriter w, string key, double? v)
    {
        if (v is { } x && double.IsFinite(x)) w.WriteNumber(key, Math.Round(x, 9)); else w.WriteNull(key);
    }

    private static void Csv(TextWriter w, IReadOnlyList<ElementAssessment> assessments, IReadOnlyDictionary<string, IReadOnlyList<HorizonAmount>> outlook)
    {
        w.WriteLine("element,source,variable,value,unit");
        foreach (var a in assessments)
        {
            foreach (var x in a.Sources)
            {
                w.WriteLine($"{a.Element},{x.Source.Id},contained,{C(x.Contained)},t/y");
                w.WriteLine($"{a.Element},{x.Source.Id},recoverable,{C(x.Recoverable)},t/y");
                if (x.Source.IsPrimary) w.WriteLine($"{a.Element},{x.Source.Id},primary_byproduct,{C(x.PrimaryByproduct)},t/y");
            }
            w.WriteLine($"{a.Element},,primary_byproduct,{C(a.PrimaryByproduct)},t/y");
            foreach (var c in Criteria.All) w.WriteLine($"{a.Element},,{c.Key()},{C(a[c])},{c.Unit()}");
            foreach (var h in outlook[a.Element])
            {
                w.WriteLine($"{a.Element},,recoverable_{h.Year},{C(h.Recoverable)},t/y");
                w.WriteLine($"{a.Element},,demand_share_{h.Year},{C(h.DemandShare)},fraction");
            }
        }
    }

    /// <summary>Number of source parameters of an element filled by a stated default assumption.</summary>
    internal static int Assumed(ElementAssessment a) =>
        a.Sources.Sum(x => new[] { x.Source.CollectionNow, x.Source.YieldPre, x.Source.YieldEnd }.Count(DefaultAssumption.IsAssumed));

    private static string C(double? v) => v?.ToString("R", Inv) ?? "";
    private static string T(double? v) => Display.Tonnes(v);
    /// <summary>Percent: whole percent from 1 %, two significant figures below (0.0047 % rather than "0 %").</summary>
    private static string P(double? v) => v is { } x ? (x >= 0.01 || x == 0 ? (x * 100).ToString("0", Inv) : (x * 100).ToString("G2", Inv)) + " %" : "-";
    private static string R(double? v) => v is { } x ? x.ToString(x >= 10 ? "N0" : "0.#", Inv) : "-";
    private static string N(double? v, string f) => v?.ToString(f, Inv) ?? "-";
}
