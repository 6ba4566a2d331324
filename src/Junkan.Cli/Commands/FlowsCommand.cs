using System.CommandLine;
using Junkan.Application.Flows;
using Junkan.Cli.Flows;

namespace Junkan.Cli.Commands;

/// <summary><c>junkan flows</c>: the element flow system of Japan with every flow, stock and balance residual.</summary>
public static class FlowsCommand
{
    public static Command Create()
    {
        var element = new Option<string>("--element") { Description = "Element symbol (Cu, Nd, ...; REE gives each member)", Required = true };
        var year = new Option<int?>("--year") { Description = "Year shown in detail (default: the assessment year of the selection settings)" };
        var scenario = new Option<string>("--scenario") { Description = "Growth of each use after its last published year: low, central or high", DefaultValueFactory = _ => "central" };
        var format = CommonOptions.Format();
        var draws = new Option<int>("--draws") { Description = "Monte Carlo draws behind the 5-95 % range of every flow (0..10,000)", DefaultValueFactory = _ => 200 };
        var sankey = new Option<string?>("--sankey") { Description = "Also write a Sankey diagram of the year: FILE.svg or FILE.html" };
        var lang = new Option<string>("--lang") { Description = "Language of the Sankey diagram: ja or en", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("ja", "en");
        var data = CommonOptions.Data();
        var settings = CommonOptions.Settings();
        var selection = AssessCommand.SelectionSettingsOption();
        var cmd = new Command("flows", "Element flow system of Japan: demand by use, in-use stock, end of life, export, collection, recycling, primary supply; every flow with its range and sources, balance residuals")
        {
            element, year, scenario, format, draws, sankey, lang, data, settings, selection,
        };
        cmd.SetAction(p =>
        {
            var w = CliWorkspace.Open(p.GetValue(data), p.GetValue(settings), p.GetValue(selection));
            var result = new FlowAnalysis(w).Run(new FlowRequest(p.GetValue(element)!, p.GetValue(year), p.GetValue(scenario)!, p.GetValue(draws)));
            FlowOutput.Write(p.GetValue(format)!, result);
            if (p.GetValue(sankey) is { } file) FlowOutput.Sankey(result, file, p.GetValue(lang)!);
            return ExitCodes.Success;
        });
        return cmd;
    }
}
