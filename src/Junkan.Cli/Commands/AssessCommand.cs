using System.CommandLine;
using Junkan.Cli.Recyclability;

namespace Junkan.Cli.Commands;

/// <summary><c>junkan assess</c>: recyclability of one or all target elements (sources, contained and recoverable tonnes, criteria, gaps).</summary>
public static class AssessCommand
{
    public static Command Create()
    {
        var element = CommonOptions.Element();
        var scenario = new Option<string?>("--scenario") { Description = "Product scenario for end-of-life forecasts (default: the first non-historic one)" };
        var year = new Option<int?>("--year") { Description = "Assessment year (default: from the selection settings)" };
        var format = CommonOptions.Format();
        var data = CommonOptions.Data();
        var settings = CommonOptions.Settings();
        var selection = SelectionSettingsOption();
        var cmd = new Command("assess", "Recyclability of the target elements: where each element ends up, how much is recoverable, criteria and data gaps")
        {
            element, scenario, year, format, data, settings, selection,
        };
        cmd.SetAction(p =>
        {
            var s = RecyclabilitySession.Load(p.GetValue(data), p.GetValue(settings), p.GetValue(selection));
            string sc = s.Scenario(p.GetValue(scenario));
            int y = p.GetValue(year) is { } asked ? s.Products.CheckedYear(asked) : s.Settings.Year;
            var profiles = p.GetValue(element) is { } e ? [s.Data.Profile(e)] : s.Data.Profiles;
            var inputs = s.Inputs(sc, y);
            var ctx = s.Context(inputs);
            var assessments = profiles.Select(pr => Core.Recyclability.RecyclabilityAssessor.Assess(pr, ctx, Core.Recyclability.CentralValues.Instance)).ToArray();
            AssessOutput.Write(p.GetValue(format)!, assessments, profiles, s, inputs);
            return ExitCodes.Success;
        });
        return cmd;
    }

    public static Option<string?> SelectionSettingsOption(string name = "--selection-settings") =>
        new(name) { Description = "Selection settings file (weights, method, years; default: config/selection-settings.json)" };
}
