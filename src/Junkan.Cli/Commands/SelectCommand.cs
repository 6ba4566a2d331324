using System.CommandLine;
using Junkan.Cli.Recyclability;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Core.Stocks;
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
        if (draws < 0) throw new Junkan.Core.Inputs.UsageException("--draws", $"--draws {draws}: the number of draws cannot be negative.");
        var s = RecyclabilitySession.Load(data, settings, weights);
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var result = SelectionRun.Run(s, s.Inputs(s.Scenario(scenario), s.Settings.Year), draws, seed, progress: format == "table" || stderr.Profile.Capabilities.Interactive);
        SelectOutput.Write(format, result, SelectionSettingsFile.Describe(s.Settings), s.SettingsPath);
        return ExitCodes.Success;
    }
}
