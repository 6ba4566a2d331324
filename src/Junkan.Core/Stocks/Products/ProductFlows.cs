namespace Junkan.Core.Stocks.Products;

/// <summary>
/// One product in one scenario: inflow, stock in use (year end) and outflow in product units per year from
/// <see cref="FirstYear"/>, and the end-of-life outflow of each contained element in tonnes per year.
/// </summary>
public sealed record ProductFlows(string Product, string Scenario, string Unit, int FirstYear, double[] Inflow, double[] Stock, double[] Outflow,
    IReadOnlyList<ElementOutflow> Elements)
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
            FirstYear = from, Inflow = Cut(Inflow), Stock = Cut(Stock), Outflow = Cut(Outflow),
            Elements = Elements.Select(e => e with { Tonnes = Cut(e.Tonnes), Low = Cut(e.Low), High = Cut(e.High) }).ToArray(),
        };
    }
}

/// <summary>
/// End-of-life tonnes of one element leaving use in a product, per year: the central value from the central lifetime and
/// content, and an envelope from the lifetime's mean range and the content range (not a confidence interval).
/// </summary>
public sealed record ElementOutflow(string Element, double[] Tonnes, double[] Low, double[] High, ElementContent Content);
