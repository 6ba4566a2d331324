namespace Junkan.Reports.Flows;

/// <summary>
/// Choices of a <see cref="SankeyDiagram"/>: split the use → end-of-life links by use (default: aggregated over
/// uses), the share of the throughput below which a flow is "tiny" (drawn at <see cref="MinimumWidth"/> and marked),
/// the minimum drawn width (px) and the drawing width (px).
/// </summary>
public sealed record SankeyOptions
{
    public static SankeyOptions Default { get; } = new();

    /// <summary>Draw one use → end-of-life link per use instead of their sum.</summary>
    public bool SplitEndOfLifeByUse { get; init; }

    /// <summary>Flows below this fraction of the largest process throughput are tiny (0.005 = 0.5 %).</summary>
    public double TinyShare { get; init; } = 0.005;

    /// <summary>The drawn width of a tiny flow (px).</summary>
    public double MinimumWidth { get; init; } = 1.5;

    /// <summary>Width of the SVG (px); the height follows the values.</summary>
    public double Width { get; init; } = 1200;
}
