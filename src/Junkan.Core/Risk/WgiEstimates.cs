namespace Junkan.Core.Risk;

/// <summary>
/// The six Worldwide Governance Indicators of one country in one year (estimates, about -2.5..+2.5):
/// voice and accountability, political stability, government effectiveness, regulatory quality,
/// rule of law, control of corruption. Kaufmann, Kraay and Mastruzzi (2010), World Bank.
/// </summary>
public sealed record WgiEstimates(int Year, double? Va, double? Pv, double? Ge, double? Rq, double? Rl, double? Cc, string SourceId)
{
    /// <summary>Mean of the available estimates, or null when none is available.</summary>
    public double? Mean
    {
        get
        {
            double sum = 0; int n = 0;
            foreach (var v in new[] { Va, Pv, Ge, Rq, Rl, Cc })
                if (v is double x) { sum += x; n++; }
            return n == 0 ? null : sum / n;
        }
    }
}
