using Junkan.Core.Elements;
using Junkan.Core.Risk;

namespace Junkan.Data.Reference;

/// <summary>
/// Loads <c>data/reference/</c> and checks it row by row: sources.csv, elements.csv and countries.csv first (non-empty,
/// keys once), then every other table against them (element, source id, country), so each error names file, row and column.
/// </summary>
public static class ReferenceDataLoader
{
    public static ReferenceData Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new DataFormatException(InputFile.NameOf(folder), null, null, $"{folder} is not a folder (--data names the reference data folder)");
        string P(string f) => Path.Combine(folder, f);
        var files = new List<string>();
        CsvTable Read(string f, params string[] cols) { files.Add(P(f)); return CsvTable.Read(P(f), cols); }
        CsvTable? ReadOptional(string f, params string[] cols) => File.Exists(P(f)) ? Read(f, cols) : null;

        var sources = ReferenceKeys.Unique(ReferenceKeys.NonEmpty(Read("sources.csv", "id", "citation", "publisher", "year", "url", "licence")), "id",
            r => new SourceRecord(r.Required("id"), r.Required("citation"), r.Text("publisher"), r.Text("year"), r.Text("url"), r.Text("licence")));
        var elements = ReferenceKeys.Unique(ReferenceKeys.NonEmpty(Read("elements.csv", "symbol", "name_en", "name_ja", "kind", "parent", "nedo_target")), "symbol",
            r => new ElementRecord(r.Required("symbol"), r.Required("name_en"), r.Required("name_ja"), r.Text("kind"),
                r.Text("parent") is { Length: > 0 } p ? p : null, r.Text("nedo_target") == "yes")).Values.ToArray();
        var countries = ReadOptional("countries.csv", "iso3", "name_en", "name_ja") is { } ct
            ? ReferenceKeys.Unique(ReferenceKeys.NonEmpty(ct), "iso3", r => CountryDirectory(r)) : null;
        var keys = new ReferenceKeys(sources.Keys.ToHashSet(), elements.Select(e => e.Symbol).ToHashSet(), countries?.Keys.ToHashSet());
        var data = new ReferenceData(folder, sources, elements,
            Figures(ReferenceKeys.NonEmpty(Read("production.csv", FigureColumns)), keys),
            Figures(Read("reserves.csv", FigureColumns).Rows, keys),
            Read("prices.csv", "element", "commodity", "series", "year", "value", "unit", "source_id").Rows
                .Select(r => new PriceRecord(keys.Element(r), r.Text("commodity"), r.Required("series"), r.Year(),
                    NonNegative(r, "value"), r.Required("unit"), keys.Source(r), r.Text("reference"))).ToArray(),
            Wgi(Read("wgi.csv", "country", "year", "va", "pv", "ge", "rq", "rl", "cc", "source_id"), keys),
            ImportShares.Read(Read("japan_imports.csv", "element", "stage", "partner", "year", "share", "total_t", "source_id", "quality"), keys),
            (ReadOptional("import_applicability.csv", "element", "stage", "applicable", "reason", "source_id")?.Rows ?? [])
                .Select(r => new ApplicabilityRecord(keys.Element(r), Stage(r), r.Required("applicable") == "yes", r.Text("reason"), keys.Source(r))).ToArray(),
            (ReadOptional("secondary_supply.csv", "element", "year", "share", "basis", "source_id", "quality")?.Rows ?? [])
                .Select(r => new SecondaryRecord(keys.Element(r), r.Year(), r.Fraction("share"), r.Required("basis"), keys.Source(r), r.Quality().Value, r.Text("note"))).ToArray(),
            Read("risk_series.csv", "element", "indicator", "commodity", "series", "proxy").Rows
                .Select(r => new RiskSeriesRecord(keys.Element(r), r.Required("indicator"), r.Text("commodity"), r.Required("series"),
                    r.Text("proxy") is { Length: > 0 } p ? p : null, r.Text("note"))).ToArray(),
            (ReadOptional("eu_crm_2023.csv", "material", "element", "supply_risk", "economic_importance", "eol_rir",
                    "sr_stage", "supply_risk_primary", "supply_risk_refined", "source_id", "quality", "note")?.Rows ?? [])
                .Select(r => new EuCrmRecord(r.Required("material"), r.Text("element") is { Length: > 0 } ? keys.Element(r) : null,
                    r.OptionalNumber("supply_risk"), r.OptionalNumber("economic_importance"), r.OptionalFraction("eol_rir"),
                    r.Text("sr_stage"), r.OptionalNumber("supply_risk_primary"), r.OptionalNumber("supply_risk_refined"),
                    keys.Source(r), r.Quality().Value, r.Text("note"))).ToArray(),
            (ReadOptional("applications.csv", "element", "application", "name_en", "name_ja", "share", "source_id")?.Rows ?? [])
                .Select(r => new ApplicationRecord(keys.Element(r), r.Required("application"), r.Text("name_en"), r.Text("name_ja"),
                    r.OptionalFraction("share"), r.Text("source_id") is { Length: > 0 } ? keys.Source(r) : "")).ToArray(),
            files)
        {
            Lists = (ReadOptional("list_memberships.csv", "element", "list", "member", "source_id", "note")?.Rows ?? [])
                .Select(r => new ListMembershipRecord(keys.Element(r), List(r), r.Text("member") switch
                {
                    "yes" => true,
                    "no" => false,
                    "" => null,
                    var m => throw r.Error("member", $"'{m}' is not yes, no or empty (not stated)"),
                }, keys.Source(r), r.Text("note"))).ToArray(),
            Countries = countries ?? new Dictionary<string, CountryRecord>(),
        };
        ReferenceDataValidator.Validate(data);
        return data;
    }

    private static readonly string[] FigureColumns =
        ["element", "commodity", "series", "stage", "country", "year", "value", "unit", "flag", "source_id", "quality"];

    private static CountryRecord CountryDirectory(CsvRow r)
    {
        string iso3 = r.Required("iso3");
        if (!CountryCode.IsIso3(iso3)) throw r.Error("iso3", $"'{iso3}' is not an ISO 3166-1 alpha-3 code");
        return new CountryRecord(iso3, r.Required("name_en"), r.Required("name_ja"));
    }

    private static CountryFigure[] Figures(IEnumerable<CsvRow> rows, ReferenceKeys keys) => rows.Select(r =>
    {
        double? v = r.OptionalNumber("value");
        if (v < 0) throw r.Error("value", $"negative tonnage {v}");
        if (r.Text("unit") is { Length: > 0 } u && u != "t" && v is not null)
            throw r.Error("unit", $"unit '{u}': values must be in tonnes (t)");
        return new CountryFigure(keys.Element(r), r.Text("commodity"), r.Required("series"), r.Required("stage"),
            keys.Country(r, "country"), r.Year(), v, r.Text("flag"), keys.Source(r), r.Quality().Value, r.Text("reference"));
    }).ToArray();

    private static double? NonNegative(CsvRow r, string column) =>
        r.OptionalNumber(column) is double v && v < 0 ? throw r.Error(column, $"{v} is negative") : r.OptionalNumber(column);

    private static string List(CsvRow r) => r.Required("list") is var l && ReferenceDataValidator.KnownLists.Contains(l) ? l
        : throw r.Error("list", $"unknown list '{l}'; known: {string.Join(", ", ReferenceDataValidator.KnownLists)}");

    internal static SupplyStage Stage(CsvRow r) => r.Required("stage") switch
    {
        "mine" => SupplyStage.Mine,
        "refined" => SupplyStage.Refined,
        var s => throw r.Error("stage", $"'{s}' is not a stage (mine, refined)"),
    };

    private static Dictionary<string, IReadOnlyList<WgiEstimates>> Wgi(CsvTable t, ReferenceKeys keys) => t.Rows
        .Select(r => (Country: Iso3(r, "country"), E: new WgiEstimates(r.Year(), r.OptionalNumber("va"), r.OptionalNumber("pv"),
            r.OptionalNumber("ge"), r.OptionalNumber("rq"), r.OptionalNumber("rl"), r.OptionalNumber("cc"), keys.Source(r))))
        .GroupBy(x => x.Country)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<WgiEstimates>)g.Select(x => x.E).ToArray());

    /// <summary>WGI covers more countries than countries.csv names: any well-formed ISO3 code.</summary>
    private static string Iso3(CsvRow r, string column) =>
        r.Required(column) is var c && CountryCode.IsIso3(c) ? c : throw r.Error(column, $"'{c}' is not an ISO 3166-1 alpha-3 code");
}
