using Junkan.Core.Citations;

namespace Junkan.Core.Network;

/// <summary>
/// Value and emission factors of a recovered element: price (JPY/t of element), primary production factor and the
/// secondary-route factor (kg CO2e/kg; null = a gap, counted as 0 and reported), each with its source.
/// </summary>
public sealed record ElementValue(string Element, double PriceJpyPerTonne, double PrimaryCo2, double? SecondaryCo2,
    Provenance PriceSource, Provenance PrimarySource, Provenance? SecondarySource)
{
    /// <summary>Avoided emissions per tonne recovered, t CO2e/t (= kg/kg).</summary>
    public double AvoidedCo2PerTonne => PrimaryCo2 - (SecondaryCo2 ?? 0);

    /// <summary>
    /// Share of the metal price a recycler is paid for the element in its output (0..1, e.g. a black-mass payable);
    /// 1 without a <see cref="PayableSource"/> = the full metal price, an upper bound of the revenue.
    /// </summary>
    public double PayableShare { get; init; } = 1;

    /// <summary>Where the payable share comes from; null = none entered (the revenue is an upper bound).</summary>
    public Provenance? PayableSource { get; init; }

    /// <summary>Range of the payable share (low, high) where the source gives one or the estimate states it.</summary>
    public (double Low, double High)? PayableRange { get; init; }

    /// <summary>Revenue per tonne of element recovered, JPY/t: price × payable share.</summary>
    public double RevenueJpyPerTonne => PriceJpyPerTonne * PayableShare;

    /// <summary>What the payable share rests on: a cited figure, a labelled estimate (junkan-estimate or quality 1) or none (upper bound).</summary>
    public PayableBasis PayableBasis => PayableSource is not { } s ? PayableBasis.UpperBound
        : s.Source.Value == "junkan-estimate" || s.Quality.Value <= 1 ? PayableBasis.Estimate : PayableBasis.Cited;
}

/// <summary>What a payable share rests on.</summary>
public enum PayableBasis
{
    /// <summary>No payable entered: the full metal price, an upper bound of the revenue.</summary>
    UpperBound,

    /// <summary>A labelled estimate (junkan-estimate, quality 1) with a wide range.</summary>
    Estimate,

    /// <summary>A published figure (trade-press quotation, smelter terms).</summary>
    Cited,
}
