using System.Globalization;
using Junkan.Core.Elements;
using Junkan.Core.Recyclability;

namespace Junkan.Core.Flows;

/// <summary>A published (or estimated) demand of Japan for an element in one year (t of element per year).</summary>
public sealed record DemandPoint(int Year, Estimate Tonnes);

/// <summary>
/// What the flow system of one element of Japan is built from: demand points (t/y, ascending years, at least one),
/// the uses with their shares (summing to 1 ± 0.001), and the element-level new-scrap share of demand and its
/// recovery (fractions; null = no new scrap modelled). Checked when constructed.
/// </summary>
public sealed record ElementFlowInputs
{
    /// <summary>Tolerance of the sum of the use shares (the data tables round to 3 or 4 digits).</summary>
    public const double ShareTolerance = 0.001;

    public ElementFlowInputs(ElementSymbol element, IReadOnlyList<DemandPoint> demand, IReadOnlyList<UseProfile> uses, Estimate? newScrapShare = null, Estimate? newScrapRecovery = null)
    {
        string place = $"flow system {element}";
        if (demand.Count == 0) throw new FlowSystemException(place, null, "demand", "no demand figure; the flow system needs at least one year");
        for (int i = 1; i < demand.Count; i++)
            if (demand[i].Year <= demand[i - 1].Year) throw new FlowSystemException(place, null, "demand", $"demand years must ascend without repeats ({demand[i - 1].Year}, {demand[i].Year})");
        if (uses.Count == 0) throw new FlowSystemException(place, null, "use", "no use; the flow system needs at least one use share");
        double sum = uses.Sum(u => u.Share.Value);
        if (Math.Abs(sum - 1) > ShareTolerance)
            throw new FlowSystemException(place, null, "share", string.Create(CultureInfo.InvariantCulture, $"use shares sum to {sum:0.####}, not 1 ({string.Join(", ", uses.Select(u => $"{u.Use} {u.Share.Value:0.####}"))})"));
        var duplicate = uses.GroupBy(u => u.Use).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new FlowSystemException(place, null, "use", $"use '{duplicate.Key}' appears twice");
        (Element, Demand, Uses, NewScrapShare, NewScrapRecovery) = (element, demand, uses, newScrapShare, newScrapRecovery);
    }

    public ElementSymbol Element { get; }
    public IReadOnlyList<DemandPoint> Demand { get; }
    public IReadOnlyList<UseProfile> Uses { get; }
    public Estimate? NewScrapShare { get; }
    public Estimate? NewScrapRecovery { get; }

    /// <summary>The latest demand figure: what a Monte Carlo draw scales the whole history by.</summary>
    public DemandPoint ReferenceDemand => Demand[^1];

    public int FirstDataYear => Demand[0].Year;
}
