using Junkan.Core.Recyclability;
using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Core.Flows;

/// <summary>
/// One use (application) of an element in Japan and how it leaves use: its share of demand (fraction), its lifetime
/// (years; <see cref="LifetimeMean"/> carries the published range of the mean), collection route, whether the use is
/// dissipative (lost in use: fertiliser, pigments), its labels, and its end-of-life parameters.
/// </summary>
public sealed record UseProfile(string Use, Estimate Share, LifetimeDistribution Lifetime, Estimate LifetimeMean, CollectionRoute Route, bool Dissipative, UseParameters Parameters)
{
    public string NameEn { get; init; } = Use;
    public string NameJa { get; init; } = Use;
}

/// <summary>
/// The end-of-life parameters of one use (fractions unless stated; null = a gap with no default): collection rate of
/// the domestic end-of-life flow today, share exported as used products or scrap, recovery yield of collected items
/// today (pre- × end-processing), the same two with technologies at TRL ≥ 8, the TRL of the best technology, the
/// element's mass fraction in the collected product, the net share of fabrication exported inside products, and the
/// annual growth of the use's demand after the last published year (1/y). <see cref="Assumed"/> names the
/// parameters taken from a route or element default instead of a figure for this use (data coverage).
/// </summary>
public sealed record UseParameters
{
    public Estimate? CollectionRate { get; init; }
    public Estimate? ExportShare { get; init; }
    public Estimate? RecoveryYield { get; init; }
    public Estimate? AchievableCollection { get; init; }
    public Estimate? AchievableYield { get; init; }
    public Estimate? Trl { get; init; }
    public Estimate? Content { get; init; }
    public Estimate? ProductExportShare { get; init; }
    public Estimate? GrowthRate { get; init; }

    /// <summary>Parameters filled from a default (route or element level), by name (<c>collection_rate</c>, ...).</summary>
    public IReadOnlyList<string> Assumed { get; init; } = [];

    /// <summary>Parameters with neither a figure nor a default (treated as 0 where a number is needed, and reported).</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];
}
