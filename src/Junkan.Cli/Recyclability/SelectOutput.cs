using System.Globalization;
using System.Text;
using System.Text.Json;
using Junkan.Cli.Output;
using Junkan.Core.Selection;
using Spectre.Console;

namespace Junkan.Cli.Recyclability;

/// <summary>Table, JSON (keyed by element symbol) and CSV of a selection result.</summary>
internal static class SelectOutput
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Write(string format, SelectionResult r, string settings, string settingsPath)
    {
        switch (format)
        {
            case "json": Json(r, settings, settingsPath); break;
            case "csv": Csv(Console.Out, r); break;
            default: Table(r, settings); break;
        }
    }

    private static void Table(SelectionResult r, string settings)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 220;   // a file or pipe has no window: do not wrap at 80 columns
        console.WriteLine($"Settings: {settings}; scenario {r.Scenario}; {r.Draws} draws, seed {r.Seed}");
        var table = new Table().Title("Element selection");
        var g0 = r.Gaps.Values.FirstOrDefault();
        string other = g0 is null ? "other rule" : $"rank if missing = {g0.OtherRule.ToString().ToLowerInvariant()}";
        foreach (var h in new[] { "rank", "element", "score", "90 % range", "P(selected)", "selected", "gaps (weighted criteria)", other, "note" }) table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var e in r.Elements)
        {
            var g = r.Gaps.GetValueOrDefault(e.Element);
            string note = string.Join("; ", new[] { g?.RestsOnGaps == true ? "RANK RESTS ON GAPS" : null, r.OrderNote(e) }.Where(x => x is not null));
            table.AddRow(e.Rank.ToString(Inv), e.Element, e.Score.ToString("0.000", Inv),
                $"{F(e.ScoreSpread.P5)}–{F(e.ScoreSpread.P95)}", (e.SelectionProbability * 100).ToString("0", Inv) + " %", e.Selected ? "yes" : "",
                Markup.Escape(g is null || g.Missing.Count == 0 ? "" : string.Join(" ", g.Missing.Select(c => c.Key()))), g?.OtherRank.ToString(Inv) ?? "", Markup.Escape(note));
        }
        console.Write(table);
        console.WriteLine($"Missing-data rule: {g0?.Rule.ToString().ToLowerInvariant()} (a criterion without a value scores {(g0?.Rule == MissingValuePolicy.Neutral ? "0.5" : "0, the worst")}); the rank column beside it is the central rank under the other rule. " +
            $"'RANK RESTS ON GAPS' = the two ranks differ by {GapEffect.RankShift} or more, or only one rule puts the element in the top {r.Settings.SelectCount}. " +
            "The table is in central-rank order; 'selected' = most often in the top over the draws (the note says where the two differ).");
        console.WriteLine("Reasons:");
        foreach (var e in r.Elements.Where(e => e.Selected)) console.WriteLine($"  {e.Element}: {SelectionReasons.Explain(e, r.Draws)}");
        var sens = new Table().Title("Rank when one weight is multiplied by 0 / 0.5 / 1.5 / 2 (selected elements)");
        sens.AddColumn("weight");
        foreach (var e in r.Selected) sens.AddColumn(new TableColumn(e.Element).RightAligned());
        foreach (var w in r.Sensitivity)
            sens.AddRow([w.Criterion.Key(), .. r.Selected.Select(e => string.Join("/", w.Ranks[e.Element]))]);
        console.Write(sens);
    }

    private static void Json(SelectionResult r, string settings, string settingsPath)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, RiskJson.Options))
        {
            w.WriteStartObject();
            w.WriteString("settings", settings);
            w.WriteString("settings_file", settingsPath);
            w.WriteString("scenario", r.Scenario);
            w.WriteNumber("draws", r.Draws);
            w.WriteNumber("seed", r.Seed);
            w.WriteNumber("year", r.Settings.Year);
            w.WriteNumber("forecast_year", r.Settings.ForecastYear);
            w.WriteStartArray("selected");
            foreach (var e in r.Selected) w.WriteStringValue(e.Element);
            w.WriteEndArray();
            w.WriteStartObject("elements");
            foreach (var e in r.Elements)
            {
                w.WriteStartObject(e.Element);
                w.WriteNumber("rank", e.Rank);
                AssessOutput.Number(w, "score", e.Score);
                Spread(w, "score_spread", e.ScoreSpread);
                AssessOutput.Number(w, "selection_probability", e.SelectionProbability);
                AssessOutput.Number(w, "mean_rank", e.MeanRank);
                w.WriteBoolean("selected", e.Selected);
                w.WriteString("reason", SelectionReasons.Explain(e, r.Draws));
                w.WriteStartObject("criteria");
                foreach (var c in Criteria.All)
                {
                    w.WriteStartObject(c.Key());
                    AssessOutput.Number(w, "central", e.Central[c]);
                    Spread(w, "spread", e.CriterionSpread[c]);
                    w.WriteString("unit", c.Unit());
                    w.WriteEndObject();
                }
                w.WriteEndObject();
                w.WriteNumber("assumed_parameters", AssessOutput.Assumed(e.Central));
                if (r.Gaps.TryGetValue(e.Element, out var g))
                {
                    w.WriteStartObject("gaps");   // what the data gaps do to the rank (central values)
                    w.WriteStartArray("missing_criteria");
                    foreach (var c in g.Missing) w.WriteStringValue(c.Key());
                    w.WriteEndArray();
                    w.WriteString("rule", g.Rule.ToString().ToLowerInvariant());
                    w.WriteString("other_rule", g.OtherRule.ToString().ToLowerInvariant());
                    w.WriteNumber("rank_other_rule", g.OtherRank);
                    w.WriteBoolean("rank_rests_on_gaps", g.RestsOnGaps);
                    w.WriteEndObject();
                }
                if (r.OrderNote(e) is { } note) w.WriteString("order_note", note);
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartObject("sensitivity");
            foreach (var s in r.Sensitivity)
            {
                w.WriteStartObject(s.Criterion.Key());
                SeriesArray(w, "factors", s.Factors);
                w.WriteStartObject("ranks");
                foreach (var (element, ranks) in s.Ranks) SeriesArray(w, element, ranks.Select(x => (double)x));
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        Console.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void Spread(Utf8JsonWriter w, string key, Spread s)
    {
        w.WriteStartObject(key);
        AssessOutput.Number(w, "p5", s.P5);
        AssessOutput.Number(w, "p50", s.P50);
        AssessOutput.Number(w, "p95", s.P95);
        w.WriteEndObject();
    }

    private static void SeriesArray(Utf8JsonWriter w, string key, IEnumerable<double> values)
    {
        w.WriteStartArray(key);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void Csv(TextWriter w, SelectionResult r)
    {
        w.WriteLine("rank,element,score,score_p5,score_p50,score_p95,selection_probability,mean_rank,selected,reason");
        foreach (var e in r.Elements)
            w.WriteLine(string.Join(",", e.Rank.ToString(Inv), e.Element, R(e.Score), R(e.ScoreSpread.P5), R(e.ScoreSpread.P50), R(e.ScoreSpread.P95),
                R(e.SelectionProbability), R(e.MeanRank), e.Selected ? "yes" : "no", "\"" + SelectionReasons.Explain(e, r.Draws).Replace("\"", "\"\"") + "\""));
    }

    private static string R(double? v) => v?.ToString("R", Inv) ?? "";
    private static string F(double? v) => v?.ToString("0.000", Inv) ?? "n/a";
}
