using Junkan.Core.Recyclability;
using static Junkan.Core.Tests.Recyclability.RecyclabilityFixture;

namespace Junkan.Core.Tests.Recyclability;

public class ElementOutlookTests
{
    private static IReadOnlyList<SourceTrajectory> Trajectories() =>
        SourceTrajectory.Compute(Xa(), CarFlows(), 2024, 2040, CentralValues.Instance);

    [Fact]
    public void Horizon_amounts_sum_the_sources_and_divide_by_todays_demand()
    {
        // Scrap 7.2 t and residue 0.5 t are held (no stock model); the EV source gives 2 t (2024), 0 t (2030), 8 t (2040) × 0.729.
        var o = ElementOutlook.At(Trajectories(), 100, [2024, 2030, 2040]);
        Assert.Equal([2024, 2030, 2040], o.Select(h => h.Year));
        Assert.Equal(7.2 + 0.5 + 2 * 0.729, o[0].Recoverable!.Value, 9);
        Assert.Equal(7.7, o[1].Recoverable!.Value, 9);
        Assert.Equal(7.7 + 8 * 0.729, o[2].Recoverable!.Value, 9);
        Assert.Equal(o[2].Recoverable!.Value / 100, o[2].DemandShare!.Value, 12);
        Assert.All(o, h => Assert.Equal(2, h.HeldSources));
    }

    [Fact]
    public void The_assessment_and_forecast_years_agree_with_the_assessor()
    {
        var a = RecyclabilityAssessor.Assess(Xa(), new AssessmentContext(2024, 2040, CarFlows(), new Dictionary<string, double>()), CentralValues.Instance);
        var o = ElementOutlook.At(Trajectories(), Xa().JapanDemand!.Value, [2024, 2040]);
        Assert.Equal(a.Recoverable!.Value, o[0].Recoverable!.Value, 12);
        Assert.Equal(a[Selection.Criterion.DemandShare]!.Value, o[0].DemandShare!.Value, 12);
        Assert.Equal(a.ForecastRecoverable!.Value, o[1].Recoverable!.Value, 12);
    }

    [Fact]
    public void No_demand_gives_no_share_and_no_source_gives_no_amount()
    {
        Assert.Null(ElementOutlook.At(Trajectories(), null, [2030])[0].DemandShare);
        var none = ElementOutlook.At([], 100, [2030])[0];
        Assert.Null(none.Recoverable);
        Assert.Null(none.DemandShare);
    }

    [Fact]
    public void A_year_outside_the_trajectories_is_refused_with_the_range()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ElementOutlook.At(Trajectories(), 100, [2050]));
        Assert.Contains("2024-2040", e.Message);
    }
}
