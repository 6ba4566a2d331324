using System.Globalization;
using Junkan.Core.Elements;
using Junkan.Core.Flows;
using Junkan.Core.Quantities;
using Junkan.Core.Recyclability;
using Junkan.Data.Reference;

namespace Junkan.Data.Flows;

/// <summary>
/// Loads data/flows/ (README inside): <c>demand.csv</c>, <c>use_shares.csv</c>, <c>use_profiles.csv</c>,
/// <c>use_lifetimes.csv</c>, <c>use_parameters.csv</c> and <c>citations.csv</c> into one <see cref="ElementFlowInputs"/>
/// per element. Malformed rows fail with file, row and column; an element whose data are incomplete (no demand, no
/// use shares, a use without a profile or lifetime) gets no system and a <see cref="FlowGap"/> saying why. Parameters
/// a use lacks take the route's stated assumption (default_assumptions.csv) and are listed as assumed.
/// </summary>
public static class FlowDataLoader
{
    private static readonly string[] DataFiles = ["citations.csv", "demand.csv", "use_shares.csv", "use_profiles.csv", "use_lifetimes.csv", "use_parameters.csv", "recycling_statistics.csv", "cross_checks.csv"];

    /// <summary>Element groups whose demand rows are kept for comparison only: the group is the sum of its members.</summary>
    public static readonly IReadOnlySet<string> Groups = new HashSet<string>(StringComparer.Ordinal) { "REE" };

    /// <param name="folder">data/flows.</param>
    /// <param name="elements">Known element symbols.</param>
    /// <param name="otherCitations">Citations of the other data sets (reference, stocks, recyclability).</param>
    /// <param name="defaults">The stated assumptions of data/recyclability/default_assumptions.csv.</param>
    public static FlowData Load(string folder, IReadOnlyCollection<string> elements, IReadOnlyDictionary<string, SourceRecord> otherCitations, IReadOnlyList<DefaultAssumption> defaults)
    {
        string F(string name) => Path.Combine(folder, name);
        var citations = ReadCitations(F("citations.csv"), otherCitations);
        bool Cited(string id) => citations.ContainsKey(id);
        var known = new HashSet<string>(elements, StringComparer.Ordinal);
        var demand = FlowTables.Demand(F("demand.csv"), known, Cited);
        var shares = FlowTables.Shares(F("use_shares.csv"), known, Cited);
        var lifetimes = FlowTables.Lifetimes(F("use_lifetimes.csv"), Cited);
        var profiles = FlowTables.Profiles(F("use_profiles.csv"), known, lifetimes, Cited);
        var parameters = FlowTables.Parameters(F("use_parameters.csv"), known, Cited);
        var figures = FlowTables.Figures(F("recycling_statistics.csv"), known, Cited);
        var crossChecks = FlowTables.CrossChecks(F("cross_checks.csv"), known, Cited);
        var inputs = new SortedDictionary<string, ElementFlowInputs>(StringComparer.Ordinal);
        var gaps = new List<FlowGap>();
        foreach (string e in known.Where(e => !Groups.Contains(e)).Order(StringComparer.Ordinal))
        {
            string? reason = null;
            if (!demand.TryGetValue(e, out var points)) reason = "no demand figure in demand.csv";
            else if (!shares.TryGetValue(e, out var set)) reason = "no use shares in use_shares.csv";
            else
            {
                var uses = new List<UseProfile>();
                foreach (var share in set.Shares)
                {
                    if (!profiles.TryGetValue((e, share.Use), out var profile)) { reason = $"use '{share.Use}' has no row in use_profiles.csv"; break; }
                    if (profile.Lifetime is null) { reason = $"use '{share.Use}': lifetime '{profile.LifetimeKey}' has no distribution in use_lifetimes.csv"; break; }
                    uses.Add(Build(e, share, profile, parameters, defaults));
                }
                if (reason is null)
                    inputs[e] = Inputs(e, points, uses, parameters, set);
            }
            if (reason is not null) gaps.Add(new FlowGap(e, reason));
        }
        return new FlowData(inputs, gaps, citations, [.. DataFiles.Select(F)]) { Figures = figures, CrossChecks = crossChecks };
    }

    private static ElementFlowInputs Inputs(string e, List<DemandPoint> points, List<UseProfile> uses, ParameterTable parameters, ShareSet set)
    {
        try
        {
            return new ElementFlowInputs(new ElementSymbol(e), points, uses,
                parameters.Get(e, UseParameterRows.ElementLevel, "new_scrap_share"), parameters.Get(e, UseParameterRows.ElementLevel, "new_scrap_recovery"));
        }
        catch (FlowSystemException x)
        {
            throw new DataFormatException(set.File, set.LastLine, x.Column, x.Problem);
        }
    }

    private static UseProfile Build(string e, UseShare share, ProfileRow profile, ParameterTable table, IReadOnlyList<DefaultAssumption> defaults)
    {
        var assumed = new List<string>();
        var missing = new List<string>();
        Estimate? Get(string name, Func<Estimate?>? fallback = null)
        {
            if (table.Get(e, share.Use, name) is { } v) return v;
            if (fallback?.Invoke() is { } d) { assumed.Add(name); return d; }
            missing.Add(name);
            return null;
        }
        bool dissipative = profile.Dissipative;
        var p = new UseParameters
        {
            CollectionRate = dissipative ? null : Get("collection_rate", () => RouteDefault(defaults, profile.Route)),
            ExportShare = dissipative ? null : Get("export_share"),
            RecoveryYield = dissipative ? null : Get("recovery_yield", () => YieldDefault(defaults)),
            AchievableCollection = dissipative ? null : Get("achievable_collection"),
            AchievableYield = dissipative ? null : Get("achievable_yield"),
            Trl = dissipative ? null : Get("trl"),
            Content = table.Get(e, share.Use, "content"),
            ProductExportShare = Get("product_export_share"),
            GrowthRate = Get("growth_rate"),
        };
        var lifetime = profile.Lifetime!;
        return new UseProfile(share.Use, share.Share, lifetime.Distribution, lifetime.Mean, profile.Route, dissipative, p with { Assumed = assumed, Missing = missing })
        {
            NameEn = profile.NameEn,
            NameJa = profile.NameJa,
        };
    }

    /// <summary>The stated collection assumption of an end-of-life product on <paramref name="route"/> (quality 1, wide range).</summary>
    private static Estimate? RouteDefault(IReadOnlyList<DefaultAssumption> defaults, CollectionRoute route) =>
        defaults.Where(d => d.Parameter == "collection_rate_now" && d.Route == route && d.Kind is null or SourceKind.EndOfLifeProduct)
            .OrderByDescending(d => d.Kind is null ? 0 : 1).FirstOrDefault()?.ToEstimate();

    /// <summary>The stated yield assumption: pre-processing × end-processing, ranges multiplied (quality 1).</summary>
    private static Estimate? YieldDefault(IReadOnlyList<DefaultAssumption> defaults)
    {
        var pre = defaults.FirstOrDefault(d => d.Parameter == "yield_pre" && d.Kind is null && d.Route is null);
        var end = defaults.FirstOrDefault(d => d.Parameter == "yield_end" && d.Kind is null && d.Route is null);
        if (pre is null || end is null) return null;
        return new Estimate(pre.Value * end.Value, pre.Low * end.Low, pre.High * end.High, EstimateUnit.Fraction,
            Core.Citations.Provenance.Of(DefaultAssumption.SourceId, 1), string.Create(CultureInfo.InvariantCulture, $"yield_pre × yield_end: {pre.Rationale} / {end.Rationale}"));
    }

    private static Dictionary<string, SourceRecord> ReadCitations(string path, IReadOnlyDictionary<string, SourceRecord> other)
    {
        var citations = new Dictionary<string, SourceRecord>(other);
        foreach (var r in CsvTable.Read(path, "id", "citation").Rows)
        {
            string id = r.Required("id");
            var record = new SourceRecord(id, r.Required("citation"), r.Text("publisher"), r.Text("year"), r.Text("url"), r.Text("licence"));
            if (citations.TryGetValue(id, out var known) && known.Citation != record.Citation)
                throw r.Error("id", $"citation '{id}' is defined differently in another data set's citations; keep one text or rename one id");
            citations[id] = record;
        }
        return citations;
    }
}
