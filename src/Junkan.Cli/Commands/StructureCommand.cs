using System.CommandLine;
using Junkan.Application.Structure;
using Junkan.Cli.Output;

namespace Junkan.Cli.Commands;

/// <summary><c>junkan structure FILE</c>: DEMATEL and ISM on a file of expert influence ratings (the structure of the issues).</summary>
public static class StructureCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Structure file (YAML), e.g. data/structure/lib-issues-example.yaml" };
        var threshold = new Option<string?>("--threshold") { Description = "Threshold θ on the total-relation matrix T for arrows and ISM: a number, mean or mean+sd (default: the file's, else mean)" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var svg = new Option<string?>("--svg") { Description = "Also write the cause-effect diagram to FILE.svg and the ISM levels to FILE.levels.svg" };
        var lang = new Option<string>("--lang") { Description = "Language of the labels and diagrams: ja or en", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "ja");
        var cmd = new Command("structure", "Structure of the issues: DEMATEL cause and effect, prominence and relation, ISM levels and MICMAC quadrants")
        {
            file, threshold, format, svg, lang,
        };
        cmd.SetAction(p =>
        {
            var r = IssueStructure.Run(p.GetValue(file)!, p.GetValue(threshold));
            string language = p.GetValue(lang)!;
            if (p.GetValue(format) == "json") Console.Out.WriteLine(StructureOutput.Json(r));
            else StructureOutput.Table(Console.Out, r, language);
            if (p.GetValue(svg) is { } path)
            {
                var (a, b) = StructureExport.Write(r, path, language);
                Console.Error.WriteLine($"wrote {a} and {b}");
            }
            return ExitCodes.Success;
        });
        return cmd;
    }
}
