using System.Text;
using Junkan.Core.Inputs;
using Junkan.Reports.Flows;
using Junkan.Reports.Output;

namespace Junkan.Application.Flows;

/// <summary>Writes the Sankey diagram of a flow result: one file per system (a group writes one per member, the symbol before the extension).</summary>
public static class SankeyExport
{
    /// <summary>The files written; <paramref name="path"/> ends in .svg (the diagram) or .html (diagram, flow table and balance).</summary>
    public static IReadOnlyList<string> Write(FlowResult result, string path, string language, bool splitByUse = false)
    {
        string ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is not (".svg" or ".html")) throw new UsageException("--sankey", $"--sankey {path}: write a file name ending in .svg or .html");
        if (language is not ("ja" or "en")) throw new UsageException("--lang", $"--lang {language}: write ja or en");
        var options = new SankeyOptions { SplitEndOfLifeByUse = splitByUse };
        var written = new List<string>();
        foreach (var e in result.Systems)
        {
            string file = result.Systems.Count == 1 ? path : Path.ChangeExtension(path, $"{e.System.Inputs.Element}{ext}");
            string text = ext == ".svg" ? SankeyDiagram.Svg(e.System, e.Year, language, options) : SankeyDiagram.Html(e.System, e.Year, language, options);
            written.Add(ReportFiles.WriteOne(file, Encoding.UTF8.GetBytes(text)));
        }
        return written;
    }
}
