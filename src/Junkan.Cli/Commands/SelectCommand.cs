using System.CommandLine;
using Junkan.Application.Selection;
using Junkan.Cli.Output;
using Junkan.Cli.Recyclability;
using Junkan.Data.Settings;
using Spectre.Console;

namespace Junkan.Cli.Commands;

/// <summary><c>junkan select</c>: ranked, explained selection of the elements whose recycling can contribute most, with Monte Carlo uncertainty.</summary>
public static class SelectCommand
{
    public static Command Create()
    {
        var draws = CommonOptions.Draws("Monte Carlo draws (0 = central values only)");
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed and inputs, same result)", DefaultValueFactory = _ => 1 };
        var weights = AssessCommand.SelectionSettingsOption("--weights");
        var scenario = new Option<string?>("--scenario") { Description = "Product scenario for end-of-life forecasts (default: the first non-historic one)" };
        var format = CommonOptions.Format();
        var data = CommonOptions.Data();
        var settings = CommonOptions.Settings();
        var cmd = new Command("select", "Select the elements whose recycling can contribute most to stable supply: ranking, probability of selection, weight sensitivity, reasons")
        {
            draws, seed, weights, scenario, format, data, settings,
        };
        cmd.SetAction(p => Run(p.GetValue(draws), p.GetValue(seed), p.GetValue(weights), p.GetValue(scenario), p.GetValue(format)!, p.GetValue(data), p.GetValue(settings)));
        return cmd;
    }

    private static int Run(int draws, int seed, string? weights, string? scenario, string format, string? data, string? settings)
    {
        var request = new SelectionRequest(draws, seed, scenario);
        var w = CliWorkspace.Open(data, settings, weights);
        var selection = new SelectionAnalysis(w);
        var inputs = selection.Inputs(scenario);
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        bool bar = format == "table" || stderr.Profile.Capabilities.Interactive;
        var result = ProgressBar.Run(bar, draws, "Monte Carlo draws", progress => selection.Run(request, inputs, progress));
        SelectOutput.Write(format, result, SelectionSettingsFile.Describe(w.Recyclability.Settings), w.Recyclability.SettingsFile);
        return ExitCodes.Success;
    }
}
