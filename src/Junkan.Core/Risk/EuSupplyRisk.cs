namespace Junkan.Core.Risk;

/// <summary>
/// The EU supply-risk (SR) formula, for cross-checks: European Commission JRC, "Methodology for establishing
/// the EU list of critical raw materials: guidelines" (2017), eq. 2; as used in the EU 2023 assessment.
/// SR = [HHI_WGI,t(GS) · IR/2 + HHI_WGI,t(EU sourcing) · (1 − IR/2)] · (1 − EOL_RIR) · SI_SR.
/// </summary>
public static class EuSupplyRisk
{
    /// <summary>One stage (extraction or processing) of the EU formula; fractions for IR and EOL-RIR.</summary>
    public sealed record StageInputs(string Stage, double HhiWgiGlobal, double HhiWgiSourcing, double ImportReliance, double EolRir, double SubstitutionIndex);

    /// <summary>HHI_WGI,t = Σ_c S_c² · WGI_c · t_c, shares as fractions, WGI scaled 0..10, trade factor t (1 by default).</summary>
    public static double HhiWgi(ReadOnlySpan<double> shares, ReadOnlySpan<double> wgiScaled, ReadOnlySpan<double> tradeFactors)
    {
        double sum = 0;
        for (int i = 0; i < shares.Length; i++)
            sum += shares[i] * shares[i] * wgiScaled[i] * (tradeFactors.IsEmpty ? 1.0 : tradeFactors[i]);
        return sum;
    }

    /// <summary>WGI rescaled to the EU's 0..10 (10 worst): (2.5 − mean estimate) · 2.</summary>
    public static double ScaleWgi(double meanEstimate) => (2.5 - meanEstimate) * 2.0;

    /// <summary>SR of one stage.</summary>
    public static double Compute(StageInputs s) =>
        (s.HhiWgiGlobal * s.ImportReliance / 2.0 + s.HhiWgiSourcing * (1.0 - s.ImportReliance / 2.0))
        * (1.0 - s.EolRir) * s.SubstitutionIndex;

    /// <summary>SR over stages: the maximum, as the EU reports it, with the stage that set it.</summary>
    public static (double SupplyRisk, string Stage) Compute(IEnumerable<StageInputs> stages) =>
        stages.Select(s => (Compute(s), s.Stage)).MaxBy(t => t.Item1);
}
