namespace Junkan.Core.Stocks.Products;

/// <summary>
/// One product in one scenario: inflow, stock in use (year end) and outflow in product units per year from
/// <see cref="FirstYear"/>, and the end-of-life outflow of each contained element in tonnes per year.
/// </summary>
public sealed record ProductFlows(string Product, string Scenario, string Unit, int FirstYear, double[] Inflow, double[] Stock, double[] Outflow,
    IReadOnlyList<ElementOutflow> Elements, OutflowDestinations? Destinations = null)
{
    public int Years => Inflow.Length;
    public int LastYear => FirstYear + Years - 1;

    /// <summary>The years <paramref name="from"/>..<paramref name="to"/> only (both within <see cref="FirstYear"/>..<see cref="LastYear"/>).</summary>
    public ProductFlows Between(int from, int to)
    {
        if (from < FirstYear || to > LastYear || from > to)
            throw new ArgumentOutOfRangeException(nameof(from), $"Years {from}..{to} are not within the model years {FirstYear}..{LastYear} of '{Product}' ({Scenario}).");
        int offset = from - FirstYear, n = to - from + 1;
        double[] Cut(double[] values) => values.AsSpan(offset, n).ToArray();
        return this with
        {
            FirstYear = from,
            Inflow = Cut(Inflow),
            Stock = Cut(Stock),
            Outflow = Cut(Outflow),
            Elements = Elements.Select(e => e with { Tonnes = Cut(e.Tonnes), Low = Cut(e.Low), High = Cut(e.High), DomesticTonnes = e.DomesticTonnes is { } d ? Cut(d) : null }).ToArray(),
            Destinations = Destinations is { } x ? x with { Reuse = Cut(x.Reuse), Export = Cut(x.Export), DomesticEndOfLife = Cut(x.DomesticEndOfLife) } : null,
        };
    }
}

/// <summary>
/// End-of-life tonnes of one element leaving use in a product, per year: the central value from the central lifetime and
/// content, and an envelope from the lifetime's mean range and the content range (not a confidence interval).
/// </summary>
/// <param name="DomesticTonnes">The part that reaches domestic end-of-life treatment when an outflow split is given, else null.</param>
public sealed record ElementOutflow(string Element, double[] Tonnes, double[] Low, double[] High, ElementContent Content, double[]? DomesticTonnes = null);

/// <summary>Constant shares of the outflow: reuse at home and export of used products; the rest, 1 − reuse − export, is domestic end-of-life.</summary>
public sealed record OutflowShares
{
    public double Reuse { get; }
    public double Export { get; }
    public double DomesticEndOfLife => 1 - Reuse - Export;

    public OutflowShares(double reuse, double export)
    {
        if (!(reuse is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(reuse), reuse, "The reuse share must lie in 0..1.");
        if (!(export is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(export), export, "The export share must lie in 0..1.");
        if (reuse + export > 1 + 1e-12) throw new ArgumentException($"Reuse {reuse} + export {export} exceed 1.");
        (Reuse, Export) = (reuse, export);
    }
}

/// <summary>Where a product's outflow goes, per year, in product units (they add up to the outflow).</summary>
public sealed record OutflowDestinations(OutflowShares Shares, double[] Reuse, double[] Export, double[] DomesticEndOfLife);
