using Junkan.Core.Flows;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Flows;

/// <summary>
/// Sankey diagrams of an element's flow system of Japan in one year (t/y): the eight processes in columns left to
/// right, the boundary drawn as imports (left) and exports (right), widths proportional to mass, losses and exports
/// in their own colours, every link with a tooltip, tiny flows at a minimum width and marked. Same input, same bytes.
/// </summary>
public static class SankeyDiagram
{
    /// <summary>A standalone SVG document (no script, no external font).</summary>
    public static string Svg(ElementFlowSystem system, int year, ReportText text, SankeyOptions? options = null) =>
        SankeySvg.Render(new SankeyScene(system, year, text, options ?? SankeyOptions.Default));

    /// <summary>As <see cref="Svg(ElementFlowSystem, int, ReportText, SankeyOptions?)"/> for a language code ("en" or "ja").</summary>
    public static string Svg(ElementFlowSystem system, int year, string language, SankeyOptions? options = null) =>
        Svg(system, year, new ReportText(language), options);

    /// <summary>A self-contained HTML page: the SVG, the table of every flow and the mass balance of every process.</summary>
    public static string Html(ElementFlowSystem system, int year, ReportText text, SankeyOptions? options = null) =>
        SankeyHtml.Render(new SankeyScene(system, year, text, options ?? SankeyOptions.Default));

    public static string Html(ElementFlowSystem system, int year, string language, SankeyOptions? options = null) =>
        Html(system, year, new ReportText(language), options);

}
