using Junkan.Core.Flows;

namespace Junkan.Reports.Flows;

/// <summary>
/// A box of a column: a process node, or a slot where a link that spans several columns passes a column (above or
/// below that column's node, so that no band crosses a node). Y and Height in px from the top of the drawing area.
/// </summary>
internal sealed class SankeyItem(int column, SankeyNode? node, SankeyLink? slot, double rank)
{
    public int Column { get; } = column;
    public SankeyNode? Node { get; } = node;
    public SankeyLink? Slot { get; } = slot;

    /// <summary>Fixed order in the column: negative above the node, positive below.</summary>
    public double Rank { get; } = rank;
    public double Y { get; set; }
    public double Height { get; set; }
    public double Center => Y + Height / 2;
    public double Bottom => Y + Height;
}

/// <summary>A laid-out link: its drawn width (px), the items it passes and the centre line y at each of them.</summary>
internal sealed class SankeyBand(SankeyLink link, double width, IReadOnlyList<SankeyItem> chain)
{
    public SankeyLink Link { get; } = link;
    public double Width { get; } = width;
    public IReadOnlyList<SankeyItem> Chain { get; } = chain;
    public double[] Ports { get; } = new double[chain.Count];

    /// <summary>For a loop: x offset of its verticals from the nodes and y of its bottom run (px).</summary>
    public double LoopRadius { get; set; }
    public double LoopBottom { get; set; }
}

/// <summary>
/// Places the nodes of a <see cref="SankeyModel"/>: columns left to right, a fixed top-to-bottom order in each column
/// (links that skip columns pass through slots above or below the nodes, so bands never cross a node), widths
/// proportional to t/y (the scale fits the fullest column into <see cref="DrawHeight"/>), then a few relaxation sweeps
/// that move each box towards the ports of its neighbours (as d3-sankey does) and a collision pass that keeps the order
/// and the gaps. Recycled metal returning to fabrication is laid out as nested loops below everything. Deterministic.
/// </summary>
internal sealed class SankeyLayout
{
    public const double NodeWidth = 16, DrawHeight = 430;
    private const double Gap = 24, SinkGap = 52, LoopGap = 6, LoopInner = 10, MinNode = 2;
    private const int Sweeps = 16;

    public SankeyLayout(SankeyModel model, SankeyOptions options, double loopRoom)
    {
        Items = [.. Enum.GetValues<SankeyNode>().Select(n => new SankeyItem(SankeyModel.Column(n), n, null, SinkRank(n)))];
        var chains = model.Links.Select(Chain).ToList();
        Scale = ScaleFor(model, loopRoom);
        Bands = [.. model.Links.Select((l, i) => new SankeyBand(l, l.Tiny ? Math.Max(options.MinimumWidth, l.Value * Scale) : l.Value * Scale, chains[i]))];
        foreach (var item in Items) item.Height = item.Slot is { } s ? Bands.First(b => b.Link == s).Width : NodeHeight(item.Node!.Value);
        Stack();
        for (int sweep = 0; sweep < Sweeps; sweep++) { Relax(forward: true); Relax(forward: false); }
        double top = Items.Min(i => i.Y);
        foreach (var i in Items) i.Y -= top;
        Ports();
        Loops();
    }

    /// <summary>px per t/y.</summary>
    public double Scale { get; }
    public List<SankeyItem> Items { get; }
    public List<SankeyBand> Bands { get; }

    /// <summary>The lowest point drawn (px below the top of the drawing area), loops included.</summary>
    public double Bottom => Math.Max(Items.Max(i => i.Bottom), Bands.Where(b => b.Link.IsLoop).Select(b => b.LoopBottom + b.Width / 2).DefaultIfEmpty(0).Max());

    public SankeyItem NodeItem(SankeyNode n) => Items.First(i => i.Node == n);

    /// <summary>The column's items top to bottom.</summary>
    public IEnumerable<SankeyItem> Column(int c) => Items.Where(i => i.Column == c).OrderBy(i => i.Rank);

    private static double SinkRank(SankeyNode n) => n switch { SankeyNode.Disposal => 1, SankeyNode.Environment => 2, _ => 0 };

    /// <summary>Where a link that skips a column passes it: exports above the nodes, new scrap and dissipation below.</summary>
    private static double LaneRank(FlowKind kind) => kind switch
    {
        FlowKind.ProductExport => -3,
        FlowKind.UsedProductExport => -2,
        FlowKind.Uncollected => -1,
        FlowKind.NewScrap => 1,
        FlowKind.Dissipation => 2,
        _ => 3,
    };

    private List<SankeyItem> Chain(SankeyLink link)
    {
        var chain = new List<SankeyItem> { Items.First(i => i.Node == link.From) };
        int from = SankeyModel.Column(link.From), to = SankeyModel.Column(link.To);
        for (int c = from + 1; c < to; c++)
        {
            var slot = new SankeyItem(c, null, link, LaneRank(link.Kind) + Items.Count * 1e-4);
            Items.Add(slot);
            chain.Add(slot);
        }
        chain.Add(Items.First(i => i.Node == link.To));
        return chain;
    }

    /// <summary>
    /// The scale that fits the fullest column (nodes at max(in, out), slots at their flow) into the drawing height and
    /// the recycling loops into <paramref name="loopRoom"/> px between two columns.
    /// </summary>
    private double ScaleFor(SankeyModel model, double loopRoom)
    {
        double best = double.PositiveInfinity;
        for (int c = 0; c <= 6; c++)
        {
            var items = Items.Where(i => i.Column == c).ToList();
            double sum = items.Sum(i => i.Slot is { } s ? s.Value : NodeValue(model, i.Node!.Value));
            double room = DrawHeight - (items.Count - 1) * (c == 6 ? SinkGap : Gap);
            if (sum > 0) best = Math.Min(best, Math.Max(room, DrawHeight / 4) / sum);
        }
        var loops = model.Links.Where(l => l.IsLoop).ToList();
        double loopFlow = loops.Sum(l => l.Value), loopFixed = LoopInner + loops.Count * LoopGap;
        if (loopFlow > 0 && loopRoom > loopFixed) best = Math.Min(best, (loopRoom - loopFixed) / loopFlow);
        return double.IsFinite(best) ? best : 1;
    }

    private static double NodeValue(SankeyModel model, SankeyNode n) =>
        Math.Max(model.Links.Where(l => l.From == n).Sum(l => l.Value), model.Links.Where(l => l.To == n).Sum(l => l.Value));

    private double NodeHeight(SankeyNode n) =>
        Math.Max(MinNode, Math.Max(Bands.Where(b => b.Link.From == n).Sum(b => b.Width), Bands.Where(b => b.Link.To == n).Sum(b => b.Width)));

    private void Stack()
    {
        for (int c = 0; c <= 6; c++) Resolve(c);
    }

    /// <summary>Keeps the column's order, the gaps and y ≥ 0, moving boxes down only as far as needed.</summary>
    private void Resolve(int c)
    {
        double next = 0, gap = c == 6 ? SinkGap : Gap;
        foreach (var item in Column(c))
        {
            item.Y = Math.Max(item.Y, next);
            next = item.Bottom + gap;
        }
    }

    /// <summary>One sweep: each box moves to the flow-weighted mean offset between its ports and its neighbours' ports.</summary>
    private void Relax(bool forward)
    {
        foreach (int c in forward ? Enumerable.Range(1, 6) : Enumerable.Range(0, 6).Reverse())
        {
            Ports();
            foreach (var item in Column(c))
            {
                double sum = 0, weight = 0;
                foreach (var b in Bands.Where(b => !b.Link.IsLoop))
                    for (int k = 0; k < b.Chain.Count; k++)
                    {
                        if (b.Chain[k] != item) continue;
                        int other = forward ? k - 1 : k + 1;
                        if (other < 0 || other >= b.Chain.Count) continue;
                        sum += b.Width * (b.Ports[other] - b.Ports[k]);
                        weight += b.Width;
                    }
                if (weight > 0) item.Y += sum / weight;
            }
            Resolve(c);
        }
    }

    /// <summary>The centre line y of every band at every item: stacked in each node by the position of the other end, loops last.</summary>
    private void Ports()
    {
        foreach (var b in Bands)
            for (int k = 0; k < b.Chain.Count; k++)
                if (b.Chain[k].Slot is not null) b.Ports[k] = b.Chain[k].Y + b.Width / 2;
        foreach (var item in Items.Where(i => i.Node is not null))
        {
            StackSide(item, Bands.Where(b => b.Chain[0] == item).OrderBy(b => b.Link.IsLoop).ThenBy(b => b.Chain[1].Center).ThenBy(b => b.Link.Kind), 0);
            StackSide(item, Bands.Where(b => b.Chain[^1] == item).OrderBy(b => b.Link.IsLoop).ThenBy(b => b.Chain[^2].Center).ThenBy(b => b.Link.Kind), -1);
        }
    }

    private static void StackSide(SankeyItem node, IEnumerable<SankeyBand> bands, int end)
    {
        double y = node.Y;
        foreach (var b in bands)
        {
            b.Ports[end == 0 ? 0 : b.Chain.Count - 1] = y + b.Width / 2;
            y += b.Width;
        }
    }

    /// <summary>Nested loops below the lowest box of columns 2..5: the first loop (highest ports) outermost.</summary>
    private void Loops()
    {
        var loops = Bands.Where(b => b.Link.IsLoop).ToList();
        double floor = Items.Where(i => i.Column is >= 2 and <= 5).Max(i => i.Bottom) + 16, radius = LoopInner, bottom = floor;
        for (int k = loops.Count - 1; k >= 0; k--)
        {
            var b = loops[k];
            radius += b.Width / 2;
            bottom = Math.Max(bottom + b.Width / 2, Math.Max(b.Ports[0], b.Ports[^1]) + 2 * radius);
            (b.LoopRadius, b.LoopBottom) = (radius, bottom);
            radius += b.Width / 2 + LoopGap;
            bottom += b.Width / 2 + LoopGap;
        }
    }
}
