using System.Globalization;
using Junkan.Core.Citations;
using Junkan.Core.Flows;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
using Junkan.Core.Stocks.Lifetimes;
using Junkan.Data.Reference;

namespace Junkan.Data.Flows;

/// <summary>One use's share of an element's demand (fraction with its range).</summary>
internal sealed record UseShare(string Use, Estimate Share);

/// <summary>The share set a system uses: one (year, scope) of an element, the file and last line for errors.</summary>
internal sealed record ShareSet(int Year, string Scope, IReadOnlyList<UseShare> Shares, string File, int LastLine);

/// <summary>A lifetime row: the distribution at the central mean and the mean with its range (years).</summary>
internal sealed record LifetimeRow(LifetimeDistribution Distribution, Estimate Mean);

/// <summary>A use profile row; <see cref="Lifetime"/> is null when its lifetime key is a gap row.</summary>
internal sealed record ProfileRow(string LifetimeKey, LifetimeRow? Lifetime, CollectionRoute Route, bool Dissipative, string NameEn, string NameJa);

/// <summary>The parameters of use_parameters.csv by (element, use, parameter): the latest year with a value.</summary>
internal sealed class ParameterTable
{
    private readonly Dictionary<(string, string, string), Estimate> _values = [];

    public Estimate? Get(string element, string use, string parameter) => _values.GetValueOrDefault((element, use, parameter));

    public void Keep(CsvRow row, string element, string use, string parameter, Estimate value)
    {
        var key = (element, use, parameter);
        if (_values.TryGetValue(key, out var known))
        {
            if (known.Year == value.Year) throw row.Error("year", $"a second {parameter} of {element} {use} for the same year; keep one");
            if ((known.Year ?? int.MinValue) > (value.Year ?? int.MinValue)) return;
        }
        _values[key] = value;
    }
}

/// <summary>Readers of the data/flows tables; each refuses a malformed row with file, row and column.</summary>
internal static class FlowTables
{
    public static Dictionary<string, List<DemandPoint>> Demand(string path, IReadOnlySet<string> elements, Func<string, bool> cited)
    {
        var result = new Dictionary<string, List<DemandPoint>>();
        foreach (var row in CsvTable.Read(path, "element", "year", "value", "low", "high", "unit", "source_id", "quality", "note").Rows)
        {
            string unit = row.Required("unit");
            if (unit.EndsWith(" products", StringComparison.Ordinal)) continue;   // product tonnes (oxides, compounds): comparison only
            string e = Element(row, elements);
            if (row.OptionalNumber("value") is not { } value) continue;   // a gap row: what was searched is in its note
            if (unit != $"t {e}")
                throw row.Error("unit", $"'{unit}': write demand in t {e} (metal content), or in t {e} products for a comparison-only row");
            if (value < 0) throw row.Error("value", "demand must not be negative");
            int year = row.Year();
            var estimate = Estimates.Read(row, value, EstimateUnit.Tonnes, cited);
            var list = result.TryGetValue(e, out var l) ? l : result[e] = [];
            if (list.Any(p => p.Year == year)) throw row.Error("year", $"a second demand of {e} for {year}; keep one");
            list.Add(new DemandPoint(year, estimate));
        }
        foreach (var list in result.Values) list.Sort((a, b) => a.Year.CompareTo(b.Year));
        return result;
    }

    /// <summary>Per element the share set of the latest year of scope japan, else of scope world; it must sum to 1 ± 0.001.</summary>
    public static Dictionary<string, ShareSet> Shares(string path, IReadOnlySet<string> elements, Func<string, bool> cited)
    {
        var sets = new Dictionary<(string, int, string), (List<UseShare> Shares, int Line)>();
        foreach (var row in CsvTable.Read(path, "element", "use", "share", "low", "high", "year", "scope", "source_id", "quality", "note").Rows)
        {
            string e = Element(row, elements), scope = row.Required("scope");
            if (scope is not ("japan" or "world")) throw row.Error("scope", $"'{scope}': write japan or world");
            if (row.OptionalNumber("share") is not { } share) continue;
            var estimate = Estimates.Read(row, share, EstimateUnit.Fraction, cited, valueColumn: "share");
            var key = (e, row.Year(), scope);
            var set = sets.TryGetValue(key, out var s) ? s : ([], 0);
            string use = row.Required("use");
            if (set.Shares.Any(u => u.Use == use)) throw row.Error("use", $"use '{use}' appears twice for {e} {key.Item2} {scope}");
            set.Shares.Add(new UseShare(use, estimate));
            sets[key] = (set.Shares, row.Line);
        }
        var result = new Dictionary<string, ShareSet>();
        foreach (var group in sets.GroupBy(s => s.Key.Item1))
        {
            var pick = group.OrderByDescending(s => s.Key.Item3 == "japan").ThenByDescending(s => s.Key.Item2).First();
            double sum = pick.Value.Shares.Sum(u => u.Share.Value);
            if (Math.Abs(sum - 1) > ElementFlowInputs.ShareTolerance)
                throw new DataFormatException(path, pick.Value.Line, "share", string.Create(CultureInfo.InvariantCulture,
                    $"the use shares of {group.Key} {pick.Key.Item2} ({pick.Key.Item3}) sum to {sum:0.####}, not 1 ± {ElementFlowInputs.ShareTolerance} (add an 'other' row for the rest)"));
            result[group.Key] = new ShareSet(pick.Key.Item2, pick.Key.Item3, pick.Value.Shares, path, pick.Value.Line);
        }
        return result;
    }

    public static Dictionary<string, LifetimeRow?> Lifetimes(string path, Func<string, bool> cited)
    {
        var result = new Dictionary<string, LifetimeRow?>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(path, "use", "distribution", "mean_years", "sd_years", "low_mean", "high_mean", "source_id", "quality", "note").Rows)
        {
            string use = row.Required("use");
            if (result.ContainsKey(use)) throw row.Error("use", $"lifetime '{use}' is listed twice");
            string spec = row.Text("distribution");
            if (spec.Length == 0 || row.OptionalNumber("mean_years") is not { } mean) { result[use] = null; continue; }
            if (mean <= 0 || mean > Core.Inputs.InputLimits.MaxLifetimeParameter) throw row.Error("mean_years", $"{mean} is not a mean lifetime in years (0 < mean ≤ {Core.Inputs.InputLimits.MaxLifetimeParameter})");
            var estimate = Estimates.Read(row, mean, EstimateUnit.Years, cited, "low_mean", "high_mean", "mean_years");
            if (estimate.Low <= 0) throw row.Error("low_mean", "a mean lifetime must be positive");
            result[use] = new LifetimeRow(LifetimeShapes.Distribution(row, spec, mean, row.OptionalNumber("sd_years")), estimate);
        }
        return result;
    }

    public static Dictionary<(string, string), ProfileRow> Profiles(string path, IReadOnlySet<string> elements, Dictionary<string, LifetimeRow?> lifetimes, Func<string, bool> cited)
    {
        var result = new Dictionary<(string, string), ProfileRow>();
        foreach (var row in CsvTable.Read(path, "element", "use", "lifetime", "route", "dissipative", "name_en", "name_ja", "source_id", "quality", "note").Rows)
        {
            string e = Element(row, elements), use = row.Required("use"), key = row.Required("lifetime");
            if (!lifetimes.TryGetValue(key, out var lifetime)) throw row.Error("lifetime", $"'{key}' is not a use of use_lifetimes.csv");
            string dissipative = row.Required("dissipative");
            if (dissipative is not ("yes" or "no")) throw row.Error("dissipative", $"'{dissipative}': write yes or no");
            string source = row.Required("source_id");
            if (!cited(source)) throw row.Error("source_id", $"'{source}' is not a known citation");
            _ = row.Quality();
            if (!result.TryAdd((e, use), new ProfileRow(key, lifetime, Routes.Parse(row, "route"), dissipative == "yes", row.Required("name_en"), row.Required("name_ja"))))
                throw row.Error("use", $"use '{use}' of {e} has two profiles");
        }
        return result;
    }

    public static ParameterTable Parameters(string path, IReadOnlySet<string> elements, Func<string, bool> cited)
    {
        var table = new ParameterTable();
        foreach (var row in CsvTable.Read(path, "element", "use", "parameter", "value", "low", "high", "unit", "year", "source_id", "quality", "note").Rows)
        {
            string e = Element(row, elements);
            if (UseParameterRows.Read(row, cited) is { } v) table.Keep(row, e, row.Required("use"), row.Required("parameter"), v);
        }
        return table;
    }

    /// <summary>
    /// Published recovered tonnes (recycling_statistics.csv rows of flow recovered_eol or recovered_new_scrap in t of the
    /// element): figures to compare the model with. A row whose note says MIXED covers old and new scrap together.
    /// </summary>
    public static List<PublishedFigure> Figures(string path, IReadOnlySet<string> elements, Func<string, bool> cited)
    {
        var result = new List<PublishedFigure>();
        foreach (var row in CsvTable.Read(path, "element", "flow", "year", "value", "low", "high", "unit", "source_id", "quality", "note").Rows)
        {
            string flow = row.Required("flow"), e = row.Required("element");
            if (flow is not ("recovered_eol" or "recovered_new_scrap") || row.Text("unit") != $"t {e}" || row.OptionalNumber("value") is not { } value) continue;
            if (!elements.Contains(e)) continue;   // groups and products: not compared
            var estimate = Estimates.Read(row, value, EstimateUnit.Tonnes, cited);
            bool mixed = row.Text("note").Contains("MIXED", StringComparison.Ordinal);
            result.Add(new PublishedFigure(e, mixed ? "recovered_japan" : flow, estimate));
        }
        return result;
    }

    /// <summary>The rows of cross_checks.csv in t of element (t RE for a group); other units (fractions, years, products) are skipped.</summary>
    public static List<PublishedFigure> CrossChecks(string path, IReadOnlySet<string> elements, Func<string, bool> cited)
    {
        var result = new List<PublishedFigure>();
        foreach (var row in CsvTable.Read(path, "element", "quantity", "year", "value", "unit", "source_id", "quality", "note").Rows)
        {
            string e = row.Required("element"), unit = row.Text("unit");
            bool tonnes = unit == $"t {e}" || (FlowDataLoader.Groups.Contains(e) && unit == "t RE");
            if (!tonnes || !elements.Contains(e) || row.OptionalNumber("value") is not { } value) continue;
            if (value < 0) throw row.Error("value", "a tonnage must not be negative");
            string source = row.Required("source_id");
            if (!cited(source)) throw row.Error("source_id", $"'{source}' is not a known citation");
            var estimate = new Estimate(value, value, value, EstimateUnit.Tonnes, new Provenance(new SourceId(source), row.Quality(), row.Year()), row.Text("note"));
            result.Add(new PublishedFigure(e, row.Required("quantity"), estimate));
        }
        return result;
    }

    private static string Element(CsvRow row, IReadOnlySet<string> elements) =>
        row.Required("element") is var e && elements.Contains(e) ? e : throw row.Error("element", $"'{e}' is not a known element (data/reference/elements.csv)");
}
