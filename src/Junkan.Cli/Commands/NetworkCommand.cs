using System.CommandLine;
using Junkan.Application.Network;
using Junkan.Cli.Output;

namespace Junkan.Cli.Commands;

/// <summary>
/// <c>junkan network solve --case FILE</c> (also <c>junkan network --case FILE</c>): solve a recycling-network case
/// (opened sites, sizes, flows, cost, CO2, solver status and gap); <c>junkan network cfl FILE</c>: an OR-Library instance.
/// </summary>
public static class NetworkCommand
{
    public static Command Create()
    {
        var cmd = new Command("network", "Recycling network: where to open hubs and plants, at what size, cost and CO2 (MILP, OR-Tools)");
        SolveArguments.Attach(cmd);
        var solve = new Command("solve", "Solve a network case (the same as 'junkan network --case FILE')");
        SolveArguments.Attach(solve);
        cmd.Subcommands.Add(solve);
        cmd.Subcommands.Add(NetworkCflCommand.Create());
        return cmd;
    }

    /// <summary>The options of a network solve, made once per command that takes them.</summary>
    private sealed class SolveArguments
    {
        private readonly Option<string> _file = new("--case") { Description = "Case file (YAML), e.g. data/network/lib-japan.yaml", Required = true };
        private readonly Option<string> _objective = new("--objective") { Description = "cost: the cheapest plan (with the carbon price); co2: the lowest net CO2e, then the cheapest such plan; pareto: the cheapest plan and the cost-CO2 front", DefaultValueFactory = _ => "cost" };
        private readonly Option<int?> _hubs = new("--hubs") { Description = "Most hubs to open (overrides max_hubs of the case)" };
        private readonly Option<double?> _carbon = new("--carbon-price") { Description = "Carbon price, JPY per t CO2e (overrides the case)" };
        private readonly Option<int> _pareto = new("--pareto") { Description = $"Also compute a cost-CO2 Pareto front with K points (K >= 2; epsilon-constraint; {NetworkPlanning.DefaultParetoPoints} with --objective pareto)", DefaultValueFactory = _ => 0 };
        private readonly Option<double> _timeLimit = new("--time-limit") { Description = "Solver time limit per solve, seconds (> 0)", DefaultValueFactory = _ => 60 };
        private readonly Option<bool> _single = new("--single-source") { Description = "Each source sends all its material to one hub" };
        private readonly Option<int?> _year = new("--year") { Description = "Supply year (flow-system supply; default: the case's national-supply year)" };
        private readonly Option<bool> _periods = new("--periods") { Description = "Also solve the case's periods jointly: which site opens when, at which size (open stays open); NPV and payback" };
        private readonly Option<string?> _map = new("--map") { Description = "Also write the map (FILE.svg) or the report section with map (FILE.html)" };
        private readonly Option<string> _lang = new("--lang") { Description = "Language of the map and report: ja or en", DefaultValueFactory = _ => "en" };
        private readonly Option<string> _format = new("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };

        private SolveArguments()
        {
            _objective.AcceptOnlyFromAmong([.. NetworkPlanning.ObjectiveNames]);
            _lang.AcceptOnlyFromAmong("en", "ja");
            _format.AcceptOnlyFromAmong("table", "json");
        }

        public static void Attach(Command cmd)
        {
            var o = new SolveArguments();
            foreach (var option in new Option[] { o._file, o._objective, o._hubs, o._carbon, o._pareto, o._timeLimit, o._single, o._year, o._periods, o._map, o._lang, o._format })
                cmd.Options.Add(option);
            cmd.SetAction(o.Run);
        }

        private int Run(ParseResult p)
        {
            var objective = Enum.Parse<NetworkObjective>(p.GetValue(_objective)!, ignoreCase: true);
            var result = NetworkPlanning.Run(new NetworkRequest(p.GetValue(_file)!, p.GetValue(_hubs), p.GetValue(_carbon), p.GetValue(_pareto), p.GetValue(_timeLimit),
                p.GetValue(_single), p.GetValue(_year), p.GetValue(_periods), objective), CliWorkspace.Open(null, null));
            if (p.GetValue(_map) is { } mapFile && result.Plan.Report.HasPlan) NetworkMapExport.Write(result, mapFile, p.GetValue(_lang)!);
            if (p.GetValue(_format) == "json") Console.Out.WriteLine(NetworkOutput.Json(result));
            else NetworkOutput.Table(Console.Out, result);
            return result.Plan.Report.HasPlan ? ExitCodes.Success : ExitCodes.BadInput;
        }
    }
}
