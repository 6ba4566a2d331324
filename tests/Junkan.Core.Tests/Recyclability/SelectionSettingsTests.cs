using CsCheck;
using Junkan.Core.Selection;

namespace Junkan.Core.Tests.Recyclability;

/// <summary>Selection settings cannot exist unchecked: the constructor and every copy refuse what the rules refuse.</summary>
public sealed class SelectionSettingsTests
{
    private static readonly Gen<double> AnyWeight = Gen.OneOf(Gen.Double, Gen.Double[0, 10], Gen.Const(0.0), Gen.Const(-1.0), Gen.Const(1e308), Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity));

    private static bool Valid(IReadOnlyDictionary<Criterion, double> w) =>
        w.Values.All(v => double.IsFinite(v) && v is >= 0 and <= SelectionSettings.MaxWeight) && w.Values.Sum() > 0;

    [Fact]
    public void Any_weights_either_construct_valid_settings_or_are_refused() =>
        AnyWeight.Array[Criteria.All.Count].Sample(values =>
        {
            var weights = Criteria.All.Select((c, i) => (c, values[i])).ToDictionary(x => x.c, x => x.Item2);
            if (Valid(weights))
                Assert.Equal(weights, new SelectionSettings(weights).Weights);
            else
                Assert.Throws<ArgumentException>(() => new SelectionSettings(weights));
        });

    [Fact]
    public void Copies_are_checked_too() =>
        Gen.Select(Gen.Int[0, Criteria.All.Count - 1], AnyWeight).Sample((k, factor) =>
        {
            var settings = new SelectionSettings(Criteria.All.ToDictionary(c => c, _ => 1.0));
            var c = Criteria.All[k];
            var expected = Criteria.All.ToDictionary(x => x, x => x == c ? factor : 1.0);
            if (Valid(expected))
                Assert.Equal(factor, settings.WithWeight(c, factor).Weight(c));
            else
                Assert.Throws<ArgumentException>(() => settings.WithWeight(c, factor));
        });

    [Fact]
    public void Changing_the_given_dictionary_afterwards_does_not_change_the_settings()
    {
        var weights = Criteria.All.ToDictionary(c => c, _ => 1.0);
        var settings = new SelectionSettings(weights);
        weights[Criterion.Recoverable] = -5;
        Assert.Equal(1.0, settings.Weight(Criterion.Recoverable));
    }

    [Theory]
    [InlineData(0, 2024, 2040, "select_count 0")]
    [InlineData(8, 2024, 2020, "forecast_year 2020 is before year 2024")]
    [InlineData(8, 1800, 2040, "year 1800")]
    public void Counts_and_years_are_checked(int count, int year, int forecast, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => new SelectionSettings(Criteria.All.ToDictionary(c => c, _ => 1.0), selectCount: count, year: year, forecastYear: forecast));
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Horizons_must_ascend_and_not_precede_the_year()
    {
        var w = Criteria.All.ToDictionary(c => c, _ => 1.0);
        Assert.Contains("follows", Assert.Throws<ArgumentException>(() => new SelectionSettings(w, horizons: [2040, 2030])).Message);
        Assert.Contains("before year", Assert.Throws<ArgumentException>(() => new SelectionSettings(w, horizons: [2020])).Message);
    }
}
