using Junkan.Core.Stocks;

namespace Junkan.Core.Tests.Stocks;

public class GaussLobattoTests
{
    [Fact]
    public void Three_points_are_simpsons_rule()
    {
        var (nodes, weights) = GaussLobatto.Rule(3);
        Assert.Equal([0, 0.5, 1], nodes, new ToleranceComparer(1e-15));
        Assert.Equal([1.0 / 6, 2.0 / 3, 1.0 / 6], weights, new ToleranceComparer(1e-15));
    }

    [Fact]
    public void Each_rule_is_exact_for_polynomials_up_to_degree_2n_minus_3()
    {
        for (int n = TimeConvention.MinQuadratureOrder; n <= TimeConvention.MaxQuadratureOrder; n++)
        {
            var (nodes, weights) = GaussLobatto.Rule(n);
            Assert.Equal(1.0, weights.Sum(), 13);
            Assert.Equal(0.0, nodes[0], 15);
            Assert.Equal(1.0, nodes[^1], 15);
            int degree = 2 * n - 3;
            double integral = nodes.Select((x, i) => weights[i] * Math.Pow(x, degree)).Sum();
            Assert.Equal(1.0 / (degree + 1), integral, 12);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(33)]
    public void Orders_out_of_range_are_refused(int n) => Assert.Throws<ArgumentOutOfRangeException>(() => GaussLobatto.Rule(n));

    [Theory]
    [InlineData("year-end", TimeConventionKind.YearEnd, 0)]
    [InlineData("middle", TimeConventionKind.Middle, 0)]
    [InlineData("start", TimeConventionKind.Start, 0)]
    [InlineData("quadrature:5", TimeConventionKind.Quadrature, 5)]
    public void Conventions_parse(string text, TimeConventionKind kind, int order)
    {
        var c = TimeConvention.Parse(text);
        Assert.Equal((kind, order), (c.Kind, c.QuadratureOrder));
        Assert.Equal(text, c.ToString());
    }

    [Theory]
    [InlineData("quadrature:1", "outside 2..32")]
    [InlineData("quadrature:40", "outside 2..32")]
    [InlineData("quadrature", "write quadrature:N")]
    [InlineData("quadrature:x", "write quadrature:N")]
    [InlineData("end", "expected year-end, middle, start or quadrature:N")]
    public void Bad_conventions_say_what_is_wrong(string text, string expected) =>
        Assert.Contains(expected, Assert.Throws<ArgumentException>(() => TimeConvention.Parse(text)).Message);
}
