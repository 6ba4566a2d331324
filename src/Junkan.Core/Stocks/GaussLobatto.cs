namespace Junkan.Core.Stocks;

/// <summary>
/// Gauss-Lobatto quadrature on [0, 1]: both end points and the roots of P′ₙ₋₁ (Legendre), exact for polynomials of
/// degree 2n − 3. Nodes by Newton iteration from the Chebyshev-Gauss-Lobatto points; weights 2 / (n(n−1) Pₙ₋₁(x)²) on
/// [−1, 1], halved here (Abramowitz &amp; Stegun 25.4.32).
/// </summary>
public static class GaussLobatto
{
    private static readonly (double[] Nodes, double[] Weights)?[] Cache = new (double[], double[])?[TimeConvention.MaxQuadratureOrder + 1];

    /// <summary>Nodes (ascending, 0 and 1 included) and weights (summing to 1) of the n-point rule on [0, 1].</summary>
    public static (double[] Nodes, double[] Weights) Rule(int n)
    {
        if (n is < TimeConvention.MinQuadratureOrder or > TimeConvention.MaxQuadratureOrder)
            throw new ArgumentOutOfRangeException(nameof(n), n, $"The Gauss-Lobatto order must lie in {TimeConvention.MinQuadratureOrder}..{TimeConvention.MaxQuadratureOrder}.");
        return Cache[n] ??= Compute(n);
    }

    private static (double[] Nodes, double[] Weights) Compute(int n)
    {
        int degree = n - 1;
        var x = new double[n];
        var p = new double[n];      // P_degree(x_i)
        for (int i = 0; i < n; i++) x[i] = Math.Cos(Math.PI * i / degree);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                double p0 = 1, p1 = x[i];
                for (int k = 2; k <= degree; k++) (p0, p1) = (p1, ((2 * k - 1) * x[i] * p1 - (k - 1) * p0) / k);
                p[i] = p1;
                double next = x[i] - (x[i] * p1 - p0) / (n * p1);
                change = Math.Max(change, Math.Abs(next - x[i]));
                x[i] = next;
            }
            if (change < 1e-16) break;
        }
        var nodes = new double[n];
        var weights = new double[n];
        for (int i = 0; i < n; i++)
        {
            nodes[i] = (1 - x[i]) / 2;                         // x runs from 1 down to −1
            weights[i] = 1.0 / (degree * n * p[i] * p[i]);     // 2/(n(n−1)P²) halved for [0, 1]
        }
        return (nodes, weights);
    }
}
