using System.CommandLine;
using System.Globalization;
using Junkan.Application.Reports;
using Junkan.Application.Selection;
using Junkan.Cli.Output;
using Junkan.Reports.Localization;

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
        var timestamp = new Option<string?>("--timestamp") { Description = "Report time, ISO 8601 (e.g. 2025-04-01T00:00:00Z), for byte-identical reruns; default SOURCE_DATE_EPOCH, else now" };
        var cmd = new Command("report", "Reports: supply risk, and recyclability with the element selection; one self-contained HTML file and an Excel workbook per language")
        {
            output, lang, part, scenario, stockScenario, draws, seed, selection, element, year, data, settings, timestamp,
        };
        cmd.SetAction(p => Run(new Request("junkan " + string.Join(" ", p.Tokens.Select(x => x.Value)), p.GetValue(output)!, p.GetValue(lang)!, p.GetValue(part)!,
            p.GetValue(scenario) ?? [], p.GetValue(stockScenario), p.GetValue(draws), p.GetValue(seed), p.GetValue(selection), p.GetValue(element), p.GetValue(year),
            p.GetValue(data), p.GetValue(settings), Timestamp(p.GetValue(timestamp)))));
        return cmd;
    }

    private sealed record Request(string Command, string Output, string Lang, string Part, string[] Scenarios, string? StockScenario, int Draws, int Seed,
        string? Selection, string? Element, int? Year, string? Data, string? Settings, DateTimeOffset? Timestamp);

    private static readonly string[] IsoFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    /// <summary>The --timestamp value as an instant (no offset = UTC); anything but ISO 8601 is a usage error.</summary>
    private static DateTimeOffset? Timestamp(string? text) =>
        text is null ? null
        : DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t
        : throw new Junkan.Core.Inputs.UsageException("--timestamp", $"--timestamp {text}: write an ISO 8601 time such as 2025-04-01T00:00:00Z.");

    private static int Run(Request q)
    {
        var parts = q.Part switch { "risk" => ReportParts.Risk, "recyclability" => ReportParts.Recyclability, _ => ReportParts.All };
        var request = new ReportRequest(q.Command, parts, q.Lang == "both" ? ReportText.Languages : [q.Lang])
        {
            PolicyScenarioFiles = q.Scenarios, Element = q.Element, Year = q.Year, Selection = new SelectionRequest(q.Draws, q.Seed, q.StockScenario),
        };
        var workspace = CliWorkspace.Open(q.Data, q.Settings, q.Selection);
        var reports = new ReportGeneration(workspace, q.Timestamp is { } t ? new FixedTimeProvider(t) : RunTime.Clock());
        reports.Check(request);   // bad data or a bad policy scenario fails before the progress bar starts
        var written = ProgressBar.Run(parts.HasFlag(ReportParts.Recyclability), q.Draws, "Monte Carlo draws", progress => reports.Publish(request, q.Output, progress));
        foreach (var f in written) Console.Error.WriteLine($"junkan: wrote {f}");
        return ExitCodes.Success;
    }
}
