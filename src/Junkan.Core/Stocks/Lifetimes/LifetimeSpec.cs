using System.Globalization;

namespace Junkan.Core.Stocks.Lifetimes;

/// <summary>
/// The text form of a lifetime distribution, as typed on the command line and stored in lifetime tables:
/// <c>fixed:mean=5</c>, <c>normal:mean=5,sd=1.5</c>, <c>foldednormal:mean=20,sd=20</c> (of the normal before folding),
/// <c>lognormal:mean=20,sd=20</c> (of the lifetime itself), <c>weibull:shape=1.2,scale=1</c>, <c>exponential:mean=10</c>,
/// <c>gamma:shape=2,scale=5</c>; empirical tables as <c>survival:0.95,0.9,0.6,0.2</c> (S at whole ages 0, 1, 2, ...)
/// or <c>hazard:0.05,0.05,0.3,1</c> (annual hazard rates by age). Years throughout.
/// </summary>
public static class LifetimeSpec
{
    private static readonly Dictionary<string, (LifetimeFamily Family, string[] Parameters)> Forms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["fixed"] = (LifetimeFamily.Fixed, ["mean"]),
        ["normal"] = (LifetimeFamily.Normal, ["mean", "sd"]),
        ["foldednormal"] = (LifetimeFamily.FoldedNormal, ["mean", "sd"]),
        ["lognormal"] = (LifetimeFamily.LogNormal, ["mean", "sd"]),
        ["weibull"] = (LifetimeFamily.Weibull, ["shape", "scale"]),
        ["exponential"] = (LifetimeFamily.Exponential, ["mean"]),
        ["gamma"] = (LifetimeFamily.Gamma, ["shape", "scale"]),
    };

    /// <summary>The families that have a text form, for help texts.</summary>
    public static string Syntax =>
        string.Join(", ", Forms.Select(f => $"{f.Key}:{string.Join(",", f.Value.Parameters.Select(p => p + "=X"))}")) + ", survival:S0,S1,..., hazard:H0,H1,...";

    /// <summary>Parses a spec; throws <see cref="ArgumentException"/> saying what is wrong with it.</summary>
    public static LifetimeDistribution Parse(string spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int colon = spec.IndexOf(':');
        string name = (colon < 0 ? spec : spec[..colon]).Trim();
        if (name.Equals("survival", StringComparison.OrdinalIgnoreCase) || name.Equals("hazard", StringComparison.OrdinalIgnoreCase))
            return ParseTable(spec, name, colon < 0 ? "" : spec[(colon + 1)..]);
        if (!Forms.TryGetValue(name, out var form))
            throw new ArgumentException($"Lifetime '{spec}': unknown distribution '{name}'; expected one of {Syntax}.");
        var values = ReadParameters(spec, colon < 0 ? "" : spec[(colon + 1)..], form.Parameters);
        try
        {
            return form.Family switch
            {
                LifetimeFamily.Fixed => LifetimeDistribution.Fixed(values[0]),
                LifetimeFamily.Normal => LifetimeDistribution.Normal(values[0], values[1]),
                LifetimeFamily.FoldedNormal => LifetimeDistribution.FoldedNormal(values[0], values[1]),
                LifetimeFamily.LogNormal => LifetimeDistribution.LogNormal(values[0], values[1]),
                LifetimeFamily.Weibull => LifetimeDistribution.Weibull(values[0], values[1]),
                LifetimeFamily.Exponential => LifetimeDistribution.Exponential(values[0]),
                _ => LifetimeDistribution.Gamma(values[0], values[1]),
            };
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException($"Lifetime '{spec}': {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>The spec of a distribution (round-trips through <see cref="Parse"/>; empirical tables print as 'empirical').</summary>
    public static string Format(LifetimeDistribution d)
    {
        string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        return d.Family switch
        {
            LifetimeFamily.Fixed => $"fixed:mean={F(d.A)}",
            LifetimeFamily.Normal => $"normal:mean={F(d.A)},sd={F(d.B)}",
            LifetimeFamily.FoldedNormal => $"foldednormal:mean={F(d.A)},sd={F(d.B)}",
            LifetimeFamily.LogNormal => $"lognormal:mean={F(d.A)},sd={F(d.B)}",
            LifetimeFamily.Weibull => $"weibull:shape={F(d.A)},scale={F(d.B)}",
            LifetimeFamily.Exponential => $"exponential:mean={F(d.A)}",
            LifetimeFamily.Gamma => $"gamma:shape={F(d.A)},scale={F(d.B)}",
            _ => "survival:" + string.Join(",", d.Table!.ByAge.ToArray().Select(F)),
        };
    }

    private static LifetimeDistribution ParseTable(string spec, string name, string body)
    {
        var values = new List<double>();
        foreach (string part in body.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                throw new ArgumentException($"Lifetime '{spec}': '{part}' (age {values.Count}) is not a finite number.");
            values.Add(v);
        }
        try
        {
            return LifetimeDistribution.Empirical(name.Equals("survival", StringComparison.OrdinalIgnoreCase)
                ? EmpiricalSurvival.FromSurvival(values.ToArray()) : EmpiricalSurvival.FromHazards(values.ToArray()));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Lifetime '{spec}': {e.Message}", e);
        }
    }

    private static double[] ReadParameters(string spec, string body, string[] names)
    {
        var values = new double?[names.Length];
        foreach (string part in body.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=');
            string key = eq < 0 ? part : part[..eq].Trim();
            int i = Array.FindIndex(names, n => n.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (i < 0) throw new ArgumentException($"Lifetime '{spec}': unknown parameter '{key}'; expected {string.Join(", ", names)}.");
            if (values[i] is not null) throw new ArgumentException($"Lifetime '{spec}': parameter '{key}' given twice.");
            string text = eq < 0 ? "" : part[(eq + 1)..].Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
                throw new ArgumentException($"Lifetime '{spec}': '{key}={text}' is not a finite number.");
            values[i] = v;
        }
        var missing = names.Where((_, i) => values[i] is null).ToArray();
        if (missing.Length > 0) throw new ArgumentException($"Lifetime '{spec}': missing parameter(s) {string.Join(", ", missing)}.");
        return values.Select(v => v!.Value).ToArray();
    }

    /// <summary>The message without the " (Parameter 'x')" and "Actual value was" lines that ArgumentException appends.</summary>
    private static string FirstLine(string message)
    {
        string line = message.Split('\n')[0].Trim();
        int at = line.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? line : line[..at];
    }
}
