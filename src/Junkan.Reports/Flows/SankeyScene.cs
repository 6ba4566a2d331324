using Junkan.Core.Flows;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Flows;

/// <summary>What every part of one drawing shares: the system and year, the labels, the layout and the page geometry (px).</summary>
internal sealed class SankeyScene
{
    public const double Left = 24, RightRoom = 210, HeaderTop = 78, LineHeight = 13, HeaderFont = 11;

    public SankeyScene(ElementFlowSystem system, int year, ReportText text, SankeyOptions options)
    {
        (System, Year, Options, Text) = (system, year, options, new SankeyText(text));
        T = system.System.IndexOf(year);
        Totals = system.TotalsIn(year);
        Model = SankeyModel.Of(system.System, T, options);
        Width = options.Width;
        Step = (Width - Left - RightRoom - SankeyLayout.NodeWidth) / 6;
        Layout = new SankeyLayout(Model, options, Step - SankeyLayout.NodeWidth - 12);
        Balances = system.System.Balance(T, system.OpeningStock);
        Headers = [.. Enum.GetValues<SankeyNode>().Where(n => SankeyModel.Column(n) < 6).Select(n => SankeyText.Wrap(Text.Node(n), n == SankeyNode.Imports ? Step / 2 + 8 : Step - 12, HeaderFont))];
        DrawTop = HeaderTop + (Headers.Max(h => h.Count) + 2) * LineHeight + 18;
    }

    public ElementFlowSystem System { get; }
    public int Year { get; }
    public int T { get; }
    public SankeyOptions Options { get; }
    public SankeyText Text { get; }
    public FlowTotals Totals { get; }
    public SankeyModel Model { get; }
    public SankeyLayout Layout { get; }
    public IReadOnlyList<ProcessBalance> Balances { get; }
    public double Width { get; }

    /// <summary>Distance between two columns (px).</summary>
    public double Step { get; }

    /// <summary>The wrapped header label of each node of columns 0..5 (by node index).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Headers { get; }

    /// <summary>Top of the drawing area, below the column headers.</summary>
    public double DrawTop { get; }

    public string Element => System.Inputs.Element.ToString();

    /// <summary>The uses of the element in input order (the split links' colour order).</summary>
    public IReadOnlyList<string> Uses => [.. System.Inputs.Uses.Select(u => u.Use)];

    /// <summary>The label of a use in the report's language (its id where no name is given).</summary>
    public string UseName(string? use)
    {
        var profile = System.Inputs.Uses.FirstOrDefault(u => u.Use == use);
        return profile is null ? use ?? "" : Text.Japanese ? profile.NameJa : profile.NameEn;
    }

    public double X(SankeyItem item) => Left + item.Column * Step;

    public double Y(double layoutY) => DrawTop + layoutY;

    /// <summary>Σ in and Σ out of a node in the year (t/y), from the drawn links.</summary>
    public (double In, double Out) Throughput(SankeyNode n) =>
        (Model.Links.Where(l => l.To == n).Sum(l => l.Value), Model.Links.Where(l => l.From == n).Sum(l => l.Value));
}
