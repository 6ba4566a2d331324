using System.CommandLine;
using System.Text;
using Junkan.Cli.Reporting;
using Junkan.Reports.Excel;
using Junkan.Reports.Html;
using Junkan.Reports.Localization;
using Junkan.Reports.Output;

namespace Junkan.Cli.Commands;

/// <summary><c>junkan report</c>: the self-contained HTML report and the Excel workbook, in Japanese and/or English.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Output folder (created if missing)", Required = true };
        var lang = new Option<string>("--lang") { Description = "Language: ja, en or both", DefaultValueFactory = _ => "both" };
        lang.AcceptOnlyFromAmong("ja", "en", "both");
        var scenario = new Option<string[]>("--scenario") { Description = "Scenario file(s) (YAML) for the policy section", AllowMultipleArgumentsPerToken = true };
        var element = CommonOptions.Element();
        var year = CommonOptions.Year();
        var data = CommonOptions.Data();
        var settings = CommonOptions.Settings();
        var cmd = new Command("report", "Supply-risk report: one self-contained HTML file and an Excel workbook per language") { output, lang, scenario, element, year, data, settings };
        cmd.SetAction(p => Run("junkan " + string.Join(" ", p.Tokens.Select(x => x.Value)), p.GetValue(output)!, p.GetValue(lang)!, p.GetValue(scenario) ?? [], p.GetValue(element), p.GetValue(year), p.GetValue(data), p.GetValue(settings)));
        return cmd;
    }

    private static int Run(string command, string output, string lang, string[] scenarios, string? element, int? year, string? data, string? settings)
    {
        var s = Session.Load(data, settings);
        int y = s.Year(year);
        var policies = scenarios.Length == 0 ? [] : PolicyCommand.Evaluate(s, scenarios, y);
        var report = RiskReportBuilder.Build(s, s.Elements(element), y, policies, scenarios, command);
        var files = new List<(string, byte[])>();
        foreach (var l in lang == "both" ? ReportText.Languages : [lang])
        {
            var t = new ReportText(l);
            files.Add(($"junkan-risk-{y}.{l}.html", Encoding.UTF8.GetBytes(RiskReportHtml.Render(report, t))));
            files.Add(($"junkan-risk-{y}.{l}.xlsx", RiskWorkbook.Render(report, t)));
        }
        foreach (var f in ReportFiles.WriteAll(output, files)) Console.Error.WriteLine($"junkan: wrote {f}");
        return ExitCodes.Success;
    }
}
