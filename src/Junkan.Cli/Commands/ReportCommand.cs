using System.CommandLine;
using System.Text;
using Junkan.Cli.Recyclability;
using Junkan.Cli.Reporting;
using Junkan.Reports.Excel;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Output;

namespace Junkan.Cli.Commands;

/// <summary>
/// <c>junkan report</c>: the supply-risk report and the recyclability and selection report, each as one self-contained
/// HTML file and an Excel workbook per language. All files are written together or not at all.
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Output folder (created if missing)", Required = true };
        var lang = new Option<string>("--lang") { Description = "Language: ja, en or both", DefaultValueFactory = _ => "both" };
        lang.AcceptOnlyFromAmong("ja", "en", "both");
        var part = new Option<string>("--part") { Description = "Which report: risk, recyclability or all", DefaultValueFactory = _ => "all" };
        part.AcceptOnlyFromAmong("risk", "recyclability", "all");
        var scenario = new Option<string[]>("--scenario") { Description = "Policy scenario file(s) (YAML) for the risk report's policy section", AllowMultipleArgumentsPerToken = true };
        var stockScenario = new Option<string?>("--stock-scenario") { Description = "Product scenario for the recyclability forecasts (default: the first non-historic one)" };
        var draws = CommonOptions.Draws("Monte Carlo draws of the selection (0 = central values only)");
        var seed = new Option<int>("--seed") { Description = "Random seed of the selection", DefaultValueFactory = _ => 1 };
        var selection = AssessCommand.SelectionSettingsOption();
        var element = CommonOptions.Element();
        var year = CommonOptions.Year();
        var data = CommonOptions.Data();
        var settings = CommonOptions.Settings();
        var cmd = new Command("report", "Reports: supply risk, and recyclability with the element selection; one self-contained HTML file and an Excel workbook per language")
        {
            output, lang, part, scenario, stockScenario, draws, seed, selection, element, year, data, settings,
        };
        cmd.SetAction(p => Run(new Request("junkan " + string.Join(" ", p.Tokens.Select(x => x.Value)), p.GetValue(output)!, p.GetValue(lang)!, p.GetValue(part)!,
            p.GetValue(scenario) ?? [], p.GetValue(stockScenario), p.GetValue(draws), p.GetValue(seed), p.GetValue(selection), p.GetValue(element), p.GetValue(year),
            p.GetValue(data), p.GetValue(settings))));
        return cmd;
    }

    private sealed record Request(string Command, string Output, string Lang, string Part, string[] Scenarios, string? StockScenario, int Draws, int Seed,
        string? Selection, string? Element, int? Year, string? Data, string? Settings);

    private static int Run(Request q)
    {
        var languages = q.Lang == "both" ? ReportText.Languages : [q.Lang];
        var recyclability = q.Part == "risk" ? null : RecyclabilitySession.Load(q.Data, q.Settings, q.Selection);
        var risk = recyclability?.Risk ?? Session.Load(q.Data, q.Settings);
        var files = new List<(string, byte[])>();
        // The risk part first: a bad policy scenario file stops the command before the Monte Carlo run of the selection.
        if (q.Part != "recyclability") files.AddRange(RiskFiles(risk, q, languages).ToList());
        if (recyclability is not null) files.AddRange(RecyclabilityFiles(recyclability, q, languages));
        foreach (var f in ReportFiles.WriteAll(q.Output, files)) Console.Error.WriteLine($"junkan: wrote {f}");
        return ExitCodes.Success;
    }

    private static IEnumerable<(string, byte[])> RecyclabilityFiles(RecyclabilitySession s, Request q, IReadOnlyList<string> languages)
    {
        var inputs = s.Inputs(s.Scenario(q.StockScenario), s.Settings.Year);
        var result = SelectionRun.Run(s, inputs, q.Draws, q.Seed, progress: true);
        var report = RecyclabilityReportBuilder.Build(s, inputs, result, q.Command);
        foreach (var l in languages)
        {
            var t = new ReportText(l);
            yield return ($"junkan-recyclability-{s.Settings.Year}.{l}.html", Encoding.UTF8.GetBytes(RecyclabilityReportHtml.Render(report, t)));
            yield return ($"junkan-recyclability-{s.Settings.Year}.{l}.xlsx", RecyclabilityWorkbook.Render(report, t));
        }
    }

    private static IEnumerable<(string, byte[])> RiskFiles(Session s, Request q, IReadOnlyList<string> languages)
    {
        int y = s.Year(q.Year);
        var policies = q.Scenarios.Length == 0 ? [] : PolicyCommand.Evaluate(s, q.Scenarios, y);
        var report = RiskReportBuilder.Build(s, s.Elements(q.Element), y, policies, q.Scenarios, q.Command);
        foreach (var l in languages)
        {
            var t = new ReportText(l);
            yield return ($"junkan-risk-{y}.{l}.html", Encoding.UTF8.GetBytes(RiskReportHtml.Render(report, t)));
            yield return ($"junkan-risk-{y}.{l}.xlsx", RiskWorkbook.Render(report, t));
        }
    }
}
