using System.Numerics.Tensors;
using MathNet.Numerics;

namespace Junkan.Core.Stocks.Lifetimes;

/// <summary>
/// A product lifetime distribution in years, as a value (no heap object per series: batches hold arrays of these).
/// <see cref="Survival(double)"/> is S(x) = P(lifetime &gt; x); the dynamic stock model evaluates it at the ages
/// its <see cref="TimeConvention"/> prescribes. Formulas: docs/methods/dynamic-stocks.md.
/// </summary>
/// <remarks>
/// Create with the named factories, which validate the parameters (zero or negative spread is an error).
/// The log-normal is parameterised by the mean m and standard deviation v of the lifetime itself:
/// σ² = ln(1 + v²/m²), μ = ln m − σ²/2 (Limpert et al. 2001, BioScience 51:341). ODYM inverts the ratio; Junkan does not.
/// </remarks>
public readonly record struct LifetimeDistribution
{
    public LifetimeFamily Family { get; }

    /// <summary>First parameter: mean (Fixed, Normal, LogNormal, Exponential), μ (FoldedNormal) or shape (Weibull, Gamma).</summary>
    public double A { get; }

    /// <summary>Second parameter: sd (Normal, LogNormal), σ (FoldedNormal) or scale (Weibull, Gamma); 0 otherwise.</summary>
    public double B { get; }

    /// <summary>The table of an <see cref="LifetimeFamily.Empirical"/> lifetime, shared by every series that uses it.</summary>
    public EmpiricalSurvival? Table { get; }

    // Log-normal: μ and σ of ln(lifetime), derived once.
    private readonly double _logMu, _logSigma;

    private LifetimeDistribution(LifetimeFamily family, double a, double b, EmpiricalSurvival? table = null)
    {
        (Family, A, B, Table) = (family, a, b, table);
        if (family == LifetimeFamily.LogNormal)
        {
            double sigma2 = Math.Log(1 + b * b / (a * a));
            (_logMu, _logSigma) = (Math.Log(a) - sigma2 / 2, Math.Sqrt(sigma2));
        }
    }

    /// <summary>Every unit lives exactly <paramref name="mean"/> years (≥ 0; 0 = all leave in the inflow year).</summary>
    public static LifetimeDistribution Fixed(double mean) => new(LifetimeFamily.Fixed, NonNegative(mean, nameof(mean)), 0);

    /// <summary>Normal lifetime with mean ≥ 0 and sd &gt; 0 (years), not truncated at 0.</summary>
    public static LifetimeDistribution Normal(double mean, double sd) =>
        new(LifetimeFamily.Normal, NonNegative(mean, nameof(mean)), Positive(sd, nameof(sd)));

    /// <summary>Folded normal: |X| with X ~ Normal(μ, σ), μ ≥ 0 and σ &gt; 0 the parameters before folding (years).</summary>
    public static LifetimeDistribution FoldedNormal(double mu, double sigma) =>
        new(LifetimeFamily.FoldedNormal, NonNegative(mu, nameof(mu)), Positive(sigma, nameof(sigma)));

    /// <summary>Log-normal lifetime with the given mean &gt; 0 and standard deviation &gt; 0 of the lifetime itself (years).</summary>
    public static LifetimeDistribution LogNormal(double mean, double sd) =>
        new(LifetimeFamily.LogNormal, Positive(mean, nameof(mean)), Positive(sd, nameof(sd)));

    /// <summary>Weibull lifetime with shape k &gt; 0 and scale λ &gt; 0 (years).</summary>
    public static LifetimeDistribution Weibull(double shape, double scale) =>
        new(LifetimeFamily.Weibull, Positive(shape, nameof(shape)), Positive(scale, nameof(scale)));

    /// <summary>Exponential lifetime (constant hazard) with mean &gt; 0 (years).</summary>
    public static LifetimeDistribution Exponential(double mean) => new(LifetimeFamily.Exponential, Positive(mean, nameof(mean)), 0);

    /// <summary>Gamma lifetime with shape k &gt; 0 and scale θ &gt; 0 (years); mean kθ.</summary>
    public static LifetimeDistribution Gamma(double shape, double scale) =>
        new(LifetimeFamily.Gamma, Positive(shape, nameof(shape)), Positive(scale, nameof(scale)));

    /// <summary>An empirical survival table (see <see cref="EmpiricalSurvival"/>).</summary>
    public static LifetimeDistribution Empirical(EmpiricalSurvival table) =>
        new(LifetimeFamily.Empirical, 0, 0, table ?? throw new ArgumentNullException(nameof(table)));

    /// <summary>S(x) = P(lifetime &gt; x) at age x in years; 1 for x &lt; 0.</summary>
    public double Survival(double age) => Family switch
    {
        LifetimeFamily.Fixed => age < A ? 1.0 : 0.0,
        LifetimeFamily.Normal => UpperTail((age - A) / B),
        LifetimeFamily.FoldedNormal => age < 0 ? 1.0 : UpperTail((age - A) / B) + UpperTail((age + A) / B),
        LifetimeFamily.LogNormal => age <= 0 ? 1.0 : UpperTail((Math.Log(age) - _logMu) / _logSigma),
        LifetimeFamily.Weibull => age <= 0 ? 1.0 : Math.Exp(-Math.Pow(age / B, A)),
        LifetimeFamily.Exponential => age <= 0 ? 1.0 : Math.Exp(-age / A),
        LifetimeFamily.Gamma => age <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(A, age / B),
        _ => Table!.Survival(age),
    };

    /// <summary>
    /// S at each of <paramref name="ages"/> (years, ≥ 0) into <paramref name="survival"/>; the Weibull and
    /// exponential families are vectorised (TensorPrimitives), the others evaluate <see cref="Survival(double)"/>.
    /// </summary>
    public void Survival(ReadOnlySpan<double> ages, Span<double> survival)
    {
        switch (Family)
        {
            case LifetimeFamily.Weibull:                       // exp(−(x/λ)^k), (x/λ)^k as exp(k·ln(x/λ)): Pow is not vectorised
                TensorPrimitives.Max(ages, 0.0, survival);
                TensorPrimitives.Divide(survival, B, survival);
                TensorPrimitives.Log(survival, survival);     // ln 0 = −∞ gives S = 1
                TensorPrimitives.Multiply(survival, A, survival);
                TensorPrimitives.Min(survival, Math.Log(MaxExponent), survival);
                TensorPrimitives.Exp(survival, survival);
                ExpOfNegative(survival);
                break;
            case LifetimeFamily.Exponential:
                TensorPrimitives.Max(ages, 0.0, survival);
                TensorPrimitives.Multiply(survival, 1.0 / A, survival);
                TensorPrimitives.Min(survival, MaxExponent, survival);
                ExpOfNegative(survival);
                break;
            default:
                for (int i = 0; i < ages.Length; i++) survival[i] = Survival(ages[i]);
                break;
        }
    }

    /// <summary>Exponents are capped here so that Exp stays on its vectorised path; exp(−706) ≈ 2.6e-307 is then flushed to 0.</summary>
    private const double MaxExponent = 706;

    /// <summary>z ← exp(−z) for z in 0..<see cref="MaxExponent"/>, survival below 1e-306 (a capped exponent) set to 0.</summary>
    private static void ExpOfNegative(Span<double> z)
    {
        TensorPrimitives.Negate(z, z);
        TensorPrimitives.Exp(z, z);
        for (int i = 0; i < z.Length; i++)
            if (z[i] < 1e-306) z[i] = 0;
    }

    /// <summary>
    /// ∫₀^∞ S(x) dx in years: the mean lifetime, counting the mass at negative ages of a normal as 0
    /// (E[max(T, 0)]); the steady-state stock per unit of constant inflow under the exact (quadrature) convention.
    /// </summary>
    public double MeanLifetime => Family switch
    {
        LifetimeFamily.Fixed or LifetimeFamily.LogNormal or LifetimeFamily.Exponential => A,
        LifetimeFamily.Normal => A * (1 - UpperTail(A / B)) + B * StandardNormalDensity(A / B),
        LifetimeFamily.FoldedNormal => B * Math.Sqrt(2 / Math.PI) * Math.Exp(-(A / B) * (A / B) / 2) + A * (1 - 2 * UpperTail(A / B)),
        LifetimeFamily.Weibull => B * SpecialFunctions.Gamma(1 + 1 / A),
        LifetimeFamily.Gamma => A * B,
        _ => Table!.MeanLifetime(),
    };

    /// <summary>
    /// The same distribution stretched in time by <paramref name="factor"/> &gt; 0 (every age × factor): shape and
    /// coefficient of variation kept, <see cref="MeanLifetime"/> × factor. Empirical tables cannot be stretched.
    /// </summary>
    public LifetimeDistribution ScaleTime(double factor)
    {
        if (!double.IsFinite(factor) || factor <= 0) throw new ArgumentOutOfRangeException(nameof(factor), factor, "A time scale factor must be > 0.");
        return Family switch
        {
            LifetimeFamily.Fixed => Fixed(A * factor),
            LifetimeFamily.Normal => Normal(A * factor, B * factor),
            LifetimeFamily.FoldedNormal => FoldedNormal(A * factor, B * factor),
            LifetimeFamily.LogNormal => LogNormal(A * factor, B * factor),
            LifetimeFamily.Weibull => Weibull(A, B * factor),
            LifetimeFamily.Exponential => Exponential(A * factor),
            LifetimeFamily.Gamma => Gamma(A, B * factor),
            _ => throw new InvalidOperationException("An empirical lifetime table cannot be stretched in time."),
        };
    }

    /// <summary>The same shape with mean lifetime <paramref name="mean"/> years (see <see cref="ScaleTime"/>).</summary>
    public LifetimeDistribution WithMean(double mean) => ScaleTime(mean / MeanLifetime);

    /// <summary>Q(z) = P(Z &gt; z) for a standard normal Z, via erfc (accurate in the far tail).</summary>
    internal static double UpperTail(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2));

    private static double StandardNormalDensity(double z) => Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI);

    public override string ToString() => LifetimeSpec.Format(this);

    private static double Positive(double v, string name) =>
        double.IsFinite(v) && v > 0 ? v : throw new ArgumentOutOfRangeException(name, v, $"The lifetime parameter '{name}' must be a finite number > 0.");

    private static double NonNegative(double v, string name) =>
        double.IsFinite(v) && v >= 0 ? v : throw new ArgumentOutOfRangeException(name, v, $"The lifetime parameter '{name}' must be a finite number >= 0.");
}
