using Junkan.Core.Elements;
using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

public class RiskTrendTests
{
    private static IndicatorResult Hhi(SupplyStage stage, double v, int year) =>
        new(RiskIndicator.ProductionConcentration, stage, IndicatorStatus.Value, v, RiskSettings.Default.Concentration.Classify(v), year, ["s"], null, []);

    private static RiskProfile Profile(int assessed, params IndicatorResult[] r) => new("REE", assessed, r);

    [Fact]
    public void One_point_per_data_year_in_order_with_repeats_dropped_and_stages_apart()
    {
        var profiles = new[]
        {
            Profile(2023, Hhi(SupplyStage.Mine, 4909, 2023), Hhi(SupplyStage.Refined, 9000, 2022)),
            Profile(2021, Hhi(SupplyStage.Mine, 5000, 2021)),
            Profile(2022, Hhi(SupplyStage.Mine, 4239, 2022), Hhi(SupplyStage.Refined, 9000, 2022)),
            new RiskProfile("Co", 2022, [Hhi(SupplyStage.Mine, 1, 2022)]),
        };
        var trend = RiskTrend.From("REE", profiles);
        var mine = trend.Of(RiskIndicator.ProductionConcentration, SupplyStage.Mine)!;
        Assert.Equal([2021, 2022, 2023], mine.Points.Select(p => p.Year));
        Assert.Equal([5000, 4239, 4909], mine.Points.Select(p => p.Value));
        Assert.Equal(RiskLevel.High, mine.Points[0].Level);
        Assert.Single(trend.Of(RiskIndicator.ProductionConcentration, SupplyStage.Refined)!.Points);
        Assert.Null(trend.Of(RiskIndicator.PriceVolatility));
    }

    [Fact]
    public void Results_without_a_value_are_no_points()
    {
        var trend = RiskTrend.From("REE", [Profile(2023, IndicatorResult.NoData(RiskIndicator.ReserveConcentration, null, "none"))]);
        Assert.Empty(trend.Indicators);
    }
}
