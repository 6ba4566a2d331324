using System.CommandLine;
using Junkan.Application.Network;
using Junkan.Cli.Output;

namespace Junkan.Cli.Commands;

/// <summary>
/// <c>junkan network cfl FILE</c>: solve an OR-Library capacitated-warehouse instance (Beasley's format) with the network
/// MILP and print objective, status, bound, gap, open facilities and time; beside a <c>capopt.txt</c>, also the published
/// optimum and the difference.
/// </summary>
public static class NetworkCflCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Instance file in OR-Library capacitated-warehouse format, e.g. data/network/orlib-cfl/cap41.txt" };
        var single = new Option<bool>("--single-source") { Description = "Each customer is served by one facility (capopt.txt holds the optima with split demand)" };
        var timeLimit = new Option<double>("--time-limit") { Description = "Solver time limit, seconds (> 0)", DefaultValueFactory = _ => 60 };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var cmd = new Command("cfl", "Solve an OR-Library capacitated facility location instance (validation harness)") { file, single, timeLimit, format };
        cmd.SetAction(p =>
        {
            var result = CflSolving.Run(new CflRequest(p.GetValue(file)!, p.GetValue(single), p.GetValue(timeLimit)));
            if (p.GetValue(format) == "json") Console.Out.WriteLine(NetworkOutput.CflJson(result));
            else NetworkOutput.CflTable(Console.Out, result);
            return result.Plan.Report.HasPlan ? ExitCodes.Success : ExitCodes.BadInput;
        });
        return cmd;
    }
}
