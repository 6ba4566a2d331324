namespace Junkan.Core.Inputs;

/// <summary>
/// The limits every input is checked against before the work starts, each with the reason for its value. A value
/// beyond a limit is refused at once with the limit in the message (README, "Input limits").
/// </summary>
public static class InputLimits
{
    /// <summary>
    /// Monte Carlo draws of <c>select</c> and <c>report</c>: 100,000. The selection stores every draw (about 7 KB each:
    /// 10,000 draws take 70 MB and 0.3 s), so 100,000 draws take about 0.7 GB and a few seconds; more gives no
    /// visible change of the percentiles and would exhaust a shared machine.
    /// </summary>
    public const int MaxDraws = 100_000;

    /// <summary>Years accepted in any file: 1000..3000 (the data start in the 20th century and the scenarios end in 2050); beyond, a typo.</summary>
    public const int MinYear = 1000, MaxYear = 3000;

    /// <summary>
    /// Years in one stock-model series (<c>stocks --inflow|--stock</c>, a product path): 2,001, one per accepted year.
    /// The model is quadratic in the years (every cohort in every year): 2,001 years take milliseconds, 2.8 million would
    /// never end, so a longer file is refused at its 2,002nd row, before the model runs.
    /// </summary>
    public const int MaxSeriesYears = MaxYear - MinYear + 1;

    /// <summary>
    /// Largest magnitude of any number read from a file: 1e15. The largest real quantities are about 1e10 (world
    /// production in tonnes, prices in USD per tonne); 1e15 leaves room while sums of a million such values stay exact
    /// enough and finite. NaN and Infinity are never accepted.
    /// </summary>
    public const double MaxMagnitude = 1e15;

    /// <summary><see cref="MaxMagnitude"/> as written in messages.</summary>
    public const string MaxMagnitudeText = "1e15";

    /// <summary>
    /// Every parameter of a lifetime distribution (mean, sd, scale, shape): at most 1,000. Product lifetimes are years
    /// to decades (cars 13.5, PV modules 30); far beyond, the survival functions lose all precision (a lognormal with
    /// sd 1e300 gave NaN stocks with exit 0).
    /// </summary>
    public const double MaxLifetimeParameter = 1_000;

    /// <summary>Size of a scenario (YAML) or settings (JSON) file: 1 MiB. The bundled ones are 1-3 KB.</summary>
    public const long MaxDocumentBytes = 1 << 20;

    /// <summary>
    /// Nesting depth of a scenario or settings file: 32 levels. The bundled files nest 3 deep; the YAML and JSON
    /// readers recurse per level, and 50,000 levels overflow the stack.
    /// </summary>
    public const int MaxNestingDepth = 32;

    /// <summary>Size of a CSV table: 128 MiB (the largest bundled table is 0.2 MB, a year of trade statistics a few MB).</summary>
    public const long MaxCsvBytes = 128L << 20;

    /// <summary>Characters in one CSV cell: 1 Mi (the longest bundled cell, a note, has about 1,000); a longer one is garbage or an attack.</summary>
    public const int MaxCsvFieldChars = 1 << 20;

    /// <summary>Whether <paramref name="v"/> is a number a file may hold: finite and within ±<see cref="MaxMagnitude"/>.</summary>
    public static bool IsAcceptable(double v) => double.IsFinite(v) && Math.Abs(v) <= MaxMagnitude;

    /// <summary>Why <paramref name="v"/> is not acceptable (for messages).</summary>
    public static string Refusal(double v) => double.IsFinite(v)
        ? $"{v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} is out of range (the limit is ±{MaxMagnitudeText})"
        : $"{v.ToString(System.Globalization.CultureInfo.InvariantCulture)} is not a finite number";
}
