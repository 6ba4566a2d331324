using Junkan.Core.Citations;
using Junkan.Core.Network;
using Junkan.Data.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Junkan.Data.Network;

/// <summary>
/// Reads a network case file (YAML, docs/methods/network.md "Case format"): citations, economics, modes, elements,
/// streams, sources (explicit, or a regions CSV with national totals scaled by a weight column), hubs and plants (with
/// defaults), collection rates, hub limit and an optional distance CSV. Every error names the file, line and key.
/// </summary>
public static class NetworkCaseLoader
{
    /// <summary>The case alone (a single period, supply as written in the file).</summary>
    public static NetworkCase Load(string path) => LoadFile(path).Case;

    /// <summary>The case with its periods, flow-system supply specifications, national totals and published figures.</summary>
    public static NetworkCaseFile LoadFile(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new DataFormatException(path, null, null, $"cannot read the case file: {e.Message}"); }
        var yaml = ScenarioYaml.Parse(path, text);
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root) throw new DataFormatException(path, 1, null, "a case file is a YAML mapping");
        var map = new YamlMap(path, root);
        var cites = Citations(map);
        var r = new Reader(map, cites, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        var c = r.Case();
        var problems = CaseValidation.Check(c);
        if (problems.Count > 0)
        {
            var p = problems[0];
            throw new DataFormatException(path, r.Lines.TryGetValue(p.Item, out int line) ? line : null, $"{p.Item}.{p.Field}", p.Problem);
        }
        return r.Extras(c, path);
    }

    private static Dictionary<string, int> Citations(YamlMap map)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in map.Maps("citations"))
        {
            string id = c.Str("id");
            int q = (int)c.Num("quality");
            if (q is < QualityScore.Min or > QualityScore.Max) throw c.Error("quality", $"quality {q} is not in 1..5");
            d[id] = q;
        }
        return d;
    }

    private sealed class Reader(YamlMap root, Dictionary<string, int> cites, string folder)
    {
        /// <summary>The line of each item ("hubs[id]", "streams[id]"...), so that a validation problem names it.</summary>
        public Dictionary<string, int> Lines { get; } = [];

        private string Id(YamlMap m, string section)
        {
            string id = m.Str("id");
            Lines.TryAdd($"{section}[{id}]", m.Line);
            return id;
        }

        public NetworkCase Case()
        {
            var streams = root.Maps("streams").Select(Stream).ToList();
            var hubs = root.Maps("hubs", root.Raw("hub_defaults")).Select(m => Site(m, FacilityKind.Hub)).ToList();
            var plants = root.Maps("plants", root.Raw("plant_defaults")).Select(m => Site(m, FacilityKind.Plant)).ToList();
            var rates = root.Map("collection_rate") is { } cr ? cr.Keys().ToDictionary(k => k.Key, k => cr.Num(k.Key)) : [];
            int? maxHubs = root.Has("max_hubs") ? (int)root.Num("max_hubs") : null;
            return new NetworkCase(root.Str("name"), streams, Sources(streams), hubs, plants, root.Maps("modes").Select(Mode).ToList(),
                root.Maps("elements").Select(Element).ToList(), Economics(root.Map("economics") ?? throw root.Error("economics", "'economics' is required")),
                rates, maxHubs, Distances())
            {
                MaxSourceArcs = MaxSourceArcs(),
                NameJa = root.Has("name_ja") ? root.Str("name_ja") : null,
            };
        }

        /// <summary><c>max_source_arcs</c>: a whole number ≥ 1, or absent.</summary>
        private int? MaxSourceArcs()
        {
            if (!root.Has("max_source_arcs")) return null;
            double n = root.Num("max_source_arcs");
            return n >= 1 && n == Math.Floor(n) && n <= int.MaxValue ? (int)n : throw root.Error("max_source_arcs", $"max_source_arcs {n}: write a whole number >= 1 (hubs per source)");
        }

        private Provenance Prov(YamlMap m, string key, int? year = null)
        {
            string id = m.Str(key);
            if (!cites.TryGetValue(id, out int q)) throw m.Error(key, $"source '{id}' is not listed under citations");
            try { return Provenance.Of(id, q, year); }
            catch (ArgumentException e) { throw m.Error(key, e.Message); }
        }

        private Economics Economics(YamlMap m) => new(m.Num("discount_rate"), (int)m.Num("life_years"), m.Num("carbon_price_jpy_per_t", 0),
            m.Num("grid_kg_per_kwh"), m.Num("hazard_dwell_days", 30), Prov(m, "grid_source"));

        private TransportMode Mode(YamlMap m) => new(Id(m, "modes"), m.Num("cost_jpy_per_tkm"), m.Num("handling_jpy_per_t", 0), m.Num("co2_kg_per_tkm"),
            m.Num("circuity"), Prov(m, "cost_source"), Prov(m, "co2_source"));

        private ElementValue Element(YamlMap m)
        {
            string element = m.Str("element");
            Lines.TryAdd($"elements[{element}]", m.Line);
            return new(element, m.Num("price_jpy_per_t"), m.Num("primary_co2"), m.OptNum("secondary_co2"),
                Prov(m, "price_source"), Prov(m, "primary_source"), m.Has("secondary_source") ? Prov(m, "secondary_source") : null)
            {
                PayableShare = m.Num("payable_share", 1),
                PayableSource = Payable(m),
                PayableRange = PayableRange(m),
            };
        }

        /// <summary>payable_source, required with payable_share (a share without a source would be an unsourced number).</summary>
        private Provenance? Payable(YamlMap m) =>
            m.Has("payable_share") ? (m.Has("payable_source") ? Prov(m, "payable_source") : throw m.Error("payable_source", "payable_share needs a payable_source (a citation id)"))
            : m.Has("payable_source") ? throw m.Error("payable_share", "payable_source without a payable_share") : null;

        /// <summary>payable_range: [low, high] (optional).</summary>
        private static (double, double)? PayableRange(YamlMap m) => Pair(m, "payable_range", "write [low, high], two numbers in 0..1");

        /// <summary>An optional [low, high] of two numbers under <paramref name="key"/>; <paramref name="problem"/> when it is not one.</summary>
        private static (double, double)? Pair(YamlMap m, string key, string problem)
        {
            if (!m.Has(key)) return null;
            var v = m.Strings(key);
            if (v.Count != 2 || !double.TryParse(v[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double lo)
                || !double.TryParse(v[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double hi))
                throw m.Error(key, problem);
            return (lo, hi);
        }

        private WasteFlow Stream(YamlMap m) => new(Id(m, "streams"), m.Str("name_en"), m.Str("name_ja"), m.Num("hub_yield"), m.Bool("hazardous"),
            m.OptNum("max_hazard_km"), m.Maps("elements").Select(e => new ElementContent(e.Str("element"), e.Num("content"), e.Num("hub_retention", 1), Prov(e, "source"))).ToList(),
            Prov(m, "yield_source"));

        private Facility Site(YamlMap m, FacilityKind kind)
        {
            var point = m.Has("region") ? RegionPoint(m) : new GeoPoint(m.Num("lat"), m.Num("lon"));
            var sizes = m.Maps("sizes").Select(s => new SizeOption(s.Str("name"), s.Num("capacity_t"), s.Num("investment_jpy", 0), s.Num("fixed_jpy_per_year", 0))).ToList();
            var recovery = m.Map("recovery") is { } rec ? rec.Keys().ToDictionary(k => k.Key, k => rec.Num(k.Key)) : new Dictionary<string, double>();
            return new Facility(Id(m, kind == FacilityKind.Hub ? "hubs" : "plants"), m.Str("name_en"), m.Str("name_ja"), kind, point, m.Bool("existing"), m.Bool("accepts_hazardous"),
                m.OptNum("hazard_storage_cap_t"), sizes, m.Num("variable_jpy_per_t", 0), m.Num("energy_kwh_per_t", 0), recovery,
                m.Strings("modes").ToHashSet(), Prov(m, "cost_source"))
            { InvestmentSource = m.Has("investment_source") ? Prov(m, "investment_source") : null };
        }

        private GeoPoint RegionPoint(YamlMap m)
        {
            string code = m.Str("region");
            return Regions().TryGetValue(code, out var r) ? r.Point : throw m.Error("region", $"unknown region code '{code}'");
        }

        private Dictionary<string, RegionRow>? _regions;

        private Dictionary<string, RegionRow> Regions()
        {
            if (_regions is not null) return _regions;
            var spec = root.Map("regions") ?? throw root.Error("regions", "a 'region' code needs a 'regions' file");
            _regions = RegionFile.Read(Path.Combine(folder, spec.Str("file")), spec.Str("weight")).ToDictionary(r => r.Code);
            return _regions;
        }

        private List<SourceSite> Sources(List<WasteFlow> streams)
        {
            var explicitSources = root.Maps("sources").Select(s => new SourceSite(Id(s, "sources"), s.Str("name_en"), s.Str("name_ja"), new GeoPoint(s.Num("lat"), s.Num("lon")),
                s.Map("supply") is { } q ? q.Keys().ToDictionary(k => k.Key, k => q.Num(k.Key)) : [])).ToList();
            if (!root.Has("national_supply")) return explicitSources;
            var regions = Regions();
            var weights = regions.Values.ToDictionary(r => r.Code, r => r.Weight);
            var supply = regions.Keys.ToDictionary(k => k, _ => new Dictionary<string, double>());
            foreach (var n in root.Maps("national_supply"))
            {
                string stream = n.Str("stream");
                if (streams.All(s => s.Id != stream)) throw n.Error("stream", $"unknown stream '{stream}'");
                double t = n.Num("tonnes");
                if (t < 0) throw n.Error("tonnes", $"supply {t} t/y is negative");
                Prov(n, "source", n.Has("year") ? (int)n.Num("year") : null);
                _national[stream] = (t, n.Has("year") ? (int)n.Num("year") : null, n.Str("source"));
                foreach (var (code, q) in SupplyScaling.Scale(t, weights)) supply[code][stream] = q;
            }
            return explicitSources.Concat(regions.Values.Select(r => new SourceSite((r.Code.Length == 2 ? "pref-" : "muni-") + r.Code, r.NameEn, r.NameJa, r.Point, supply[r.Code]))).ToList();
        }

        private readonly Dictionary<string, (double Tonnes, int? Year, string Source)> _national = [];

        /// <summary>Periods, flow-system supply, the national totals read and the published figures to compare with.</summary>
        public NetworkCaseFile Extras(NetworkCase c, string path)
        {
            var years = root.Has("periods") ? root.Strings("periods").Select(y => int.TryParse(y, out int v) ? v : throw root.Error("periods", $"'{y}' is not a year")).ToList() : [];
            for (int i = 1; i < years.Count; i++) if (years[i] <= years[i - 1]) throw root.Error("periods", $"periods must increase: {years[i - 1]} then {years[i]}");
            var specs = root.Maps("flow_supply").Select(m =>
            {
                string stream = m.Str("stream");
                if (c.Streams.All(s => s.Id != stream)) throw m.Error("stream", $"unknown stream '{stream}'");
                if (!_national.ContainsKey(stream)) throw m.Error("stream", $"'{stream}' needs a national_supply row (it places the flow-system total over the regions and is the fallback)");
                double content = m.Num("content"), share = m.Num("share", 1);
                if (content is <= 0 or > 1) throw m.Error("content", $"{content} is not in (0, 1] t element per t product");
                if (share is < 0 or > 1) throw m.Error("share", $"{share} is not in 0..1");
                return new FlowSupplySpec(stream, m.Str("element"), m.Str("use"), content, share, Prov(m, "content_source"), Prov(m, "share_source"), m.Bool("apply", true));
            }).ToList();
            var published = root.Maps("published_supply").Select(m => new PublishedSupply(m.Str("stream"), (int)m.Num("year"), m.Num("tonnes"),
                Prov(m, "source", (int)m.Num("year")), m.Str("note"))).ToList();
            string? weight = root.Map("regions") is { } rg && root.Has("national_supply") ? rg.Str("weight") : null;
            return new NetworkCaseFile(c, path, years, specs, _national, published, weight) { PublishedCosts = [.. root.Maps("published_costs").Select(PublishedCost)] };
        }

        /// <summary>published_costs: {measure, jpy_per_t, range?: [low, high], source, note}.</summary>
        private PublishedCost PublishedCost(YamlMap m)
        {
            string name = m.Str("measure");
            if (!CostMeasureIds.TryParse(name, out var measure)) throw m.Error("measure", $"unknown measure '{name}': write one of {string.Join(", ", CostMeasureIds.All)}");
            var range = Pair(m, "range", "write [low, high], two numbers in JPY/t");
            try { return Core.Network.PublishedCost.Of(measure, m.Num("jpy_per_t"), range, Prov(m, "source"), m.Str("note")); }
            catch (ArgumentOutOfRangeException e) { throw m.Error(e.ParamName == "range" ? "range" : "jpy_per_t", e.Message.Split(" (Parameter")[0]); }
        }

        private Dictionary<string, double> Distances()
        {
            if (!root.Has("distances")) return [];
            string file = Path.Combine(folder, root.Str("distances"));
            return DistanceFile.Read(file);
        }
    }
}
