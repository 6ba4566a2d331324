using System.CommandLine;
using Junkan.Application.Risk;
using Junkan.Cli.Output;
using Junkan.Data.Settings;
using Spectre.Console;

namespace Junkan.Cli.Commands;

/// <summary><c>junkan risk</c>: the six supply-risk indicators for one or all elements.</summary>
public static class RiskCommand
{
    public static Command Create()
    {
        var element = CommonOptions.Element();
        var year = CommonOptions.Year();
        var format = CommonOptions.Format();
        var data = CommonOptions.Data();
        var settings = CommonOptions.Settings();
        var stage = new Option<string>("--stage")
        {
            Description = "Stage of indicator 2 in the table and radar: mine (METI's axis) or refining (refinery production HHI where USGS publishes it by country)",
            DefaultValueFactory = _ => "mine",
        };
        stage.AcceptOnlyFromAmong("mine", "refining");
        var dependence = new Option<bool>("--import-dependence")
        {
            Description = "Show indicators 3 and 4 also weighted by Japan's import dependence, w = min(1, imports / demand), beside the unweighted value",
        };
        var cmd = new Command("risk", "METI's six supply-risk indicators with High/Mid/Low levels") { element, year, format, data, settings, stage, dependence };
        cmd.SetAction(p => Run(p.GetValue(element), p.GetValue(year), p.GetValue(format)!, p.GetValue(data), p.GetValue(settings),
            p.GetValue(stage) == "refining" ? ConcentrationStage.Refining : ConcentrationStage.Mine, p.GetValue(dependence)));
        return cmd;
    }

    private static int Run(string? element, int? year, string format, string? data, string? settings, ConcentrationStage stage, bool dependence)
    {
        var r = new RiskAnalysis(CliWorkspace.Open(data, settings)).Run(new RiskRequest(element, year, stage, dependence));
        switch (format)
        {
            case "json":
                var buffer = new MemoryStream();
                RiskJson.Write(buffer, r);
                Console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                break;
            case "csv":
                RiskCsv.Write(Console.Out, r.Profiles);
                break;
            default:
                RiskTable.Write(AnsiConsole.Console, r, RiskSettingsFile.Describe(r.Settings));
                break;
        }
        return ExitCodes.Success;
    }
}
