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
        var cmd = new Command("risk", "METI's six supply-risk indicators with High/Mid/Low levels") { element, year, format, data, settings };
        cmd.SetAction(p => Run(p.GetValue(element), p.GetValue(year), p.GetValue(format)!, p.GetValue(data), p.GetValue(settings)));
        return cmd;
    }

    private static int Run(string? element, int? year, string format, string? data, string? settings)
    {
        var r = new RiskAnalysis(CliWorkspace.Open(data, settings)).Run(new RiskRequest(element, year));
        switch (format)
        {
            case "json":
                var buffer = new MemoryStream();
                RiskJson.Write(buffer, r.Profiles, r.Settings, r.Year);
                Console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                break;
            case "csv":
                RiskCsv.Write(Console.Out, r.Profiles);
                break;
            default:
                RiskTable.Write(AnsiConsole.Console, r.Profiles, RiskSettingsFile.Describe(r.Settings), r.Year);
                break;
        }
        return ExitCodes.Success;
    }
}
