using Junkan.Core.Selection;
using Junkan.Core.Stocks;
using Junkan.Core.Recyclability;
using Spectre.Console;

namespace Junkan.Cli.Recyclability;

/// <summary>
/// Runs the Monte Carlo selection for <c>junkan select</c> and <c>junkan report</c>: central flows and, when drawing,
/// end-of-life flow draws of the scenario; a progress bar on stderr for long runs (so stdout stays clean).
/// </summary>
internal static class SelectionRun
{
    public static SelectionResult Run(RecyclabilitySession s, SelectionInputs inputs, int draws, int seed, bool progress)
    {
        if (draws < 0) throw new Junkan.Core.Inputs.UsageException("--draws", $"--draws {draws}: the number of draws cannot be negative.");
        string scenario = inputs.Scenario;
        var risk = RecyclabilitySession.SupplyRisk(inputs.Risk);
        var prices = inputs.Prices;
        var flowDraws = draws > 0 ? new EndOfLifeDraws(s.Paths(scenario), s.Products.Lifetimes, s.Products.Contents, draws, seed, StockModelOptions.Default) : null;
        if (!progress || draws < 1000)
            return MonteCarloSelection.Run(s.Data.Profiles, s.Settings, scenario, inputs.Flows, flowDraws, risk, draws, seed, prices: prices);
        SelectionResult result = null!;
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        stderr.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("Monte Carlo draws", maxValue: draws);
            result = MonteCarloSelection.Run(s.Data.Profiles, s.Settings, scenario, inputs.Flows, flowDraws, risk, draws, seed, new TaskProgress(task), prices: prices);
        });
        return result;
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
