using System.CommandLine;
using Junkan.Application.Network;
using Junkan.Cli.Output;

namespace Junkan.Cli.Commands;

/// <summary><c>junkan network</c>: solve a recycling-network case (opened sites, sizes, flows, cost, CO2, solver status and gap).</summary>
public static class NetworkCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--case") { Description = "Case file (YAML), e.g. data/network/lib-japan.yaml", Required = true };
        var hubs = new Option<int?>("--hubs") { Description = "Most hubs to open (overrides max_hubs of the case)" };
        var carbon = new Option<double?>("--carbon-price") { Description = "Carbon price, JPY per t CO2e (overrides the case)" };
        var pareto = new Option<int>("--pareto") { Description = "Also compute a cost-CO2 Pareto front with K points (K >= 2; epsilon-constraint)", DefaultValueFactory = _ => 0 };
        var timeLimit = new Option<double>("--time-limit") { Description = "Solver time limit per solve, seconds (> 0)", DefaultValueFactory = _ => 60 };
        var single = new Option<bool>("--single-source") { Description = "Each source sends all its material to one hub" };
        var year = new Option<int?>("--year") { Description = "Supply year (flow-system supply; default: the case's national-supply year)" };
        var periods = new Option<bool>("--periods") { Description = "Also solve the case's periods jointly: which site opens when, at which size (open stays open); NPV and payback" };
        var map = new Option<string?>("--map") { Description = "Also write the map (FILE.svg) or the report section with map (FILE.html)" };
        var lang = new Option<string>("--lang") { Description = "Language of the map and report: ja or en", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "ja");
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var cmd = new Command("network", "Recycling network: where to open hubs and plants, at what size, cost and CO2 (MILP, OR-Tools)")
        {
            file, hubs, carbon, pareto, timeLimit, single, year, periods, map, lang, format,
        };
        cmd.Subcommands.Add(NetworkCflCommand.Create());
        cmd.SetAction(p =>
        {
            var result = NetworkPlanning.Run(new NetworkRequest(p.GetValue(file)!, p.GetValue(hubs), p.GetValue(carbon), p.GetValue(pareto), p.GetValue(timeLimit), p.GetValue(single),
                p.GetValue(year), p.GetValue(periods)), CliWorkspace.Open(null, null));
            if (p.GetValue(map) is { } mapFile && result.Plan.Report.HasPlan) NetworkMapExport.Write(result, mapFile, p.GetValue(lang)!);
            if (p.GetValue(format) == "json") Console.Out.WriteLine(NetworkOutput.Json(result));
            else NetworkOutput.Table(Console.Out, result);
            return result.Plan.Report.HasPlan ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return cmd;
    }
}
