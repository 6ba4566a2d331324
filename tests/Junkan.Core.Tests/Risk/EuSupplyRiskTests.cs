using Junkan.Core.Risk;

namespace Junkan.Core.Tests.Risk;

public class EuSupplyRiskTests
{
    [Fact]
    public void Synthetic_case_of_the_design_notes()
    {
        // shared/design/risk-indicators.md: HHI_WGI(GS)=2.666, HHI_WGI(EUs)=1.986, IR=0.8, EOL_RIR=0.1, SI_SR=0.95 -> 1.93059.
        double sr = EuSupplyRisk.Compute(new EuSupplyRisk.StageInputs("processing", 2.666, 1.986, 0.8, 0.1, 0.95));
        Assert.Equal(1.93059, sr, 5);
    }

    [Fact]
    public void The_maximum_stage_is_reported()
    {
        var (sr, stage) = EuSupplyRisk.Compute([
            new EuSupplyRisk.StageInputs("extraction", 1.0, 1.0, 0.5, 0, 1),
            new EuSupplyRisk.StageInputs("processing", 2.666, 1.986, 0.8, 0.1, 0.95)]);
        Assert.Equal("processing", stage);
        Assert.Equal(1.93059, sr, 5);
    }

    [Fact]
    public void Hhi_wgi_is_shares_squared_times_scaled_wgi() =>
        // 0.5² · 6 + 0.5² · 2 = 2.
        Assert.Equal(2.0, EuSupplyRisk.HhiWgi([0.5, 0.5], [EuSupplyRisk.ScaleWgi(-0.5), EuSupplyRisk.ScaleWgi(1.5)], []), 12);
}
