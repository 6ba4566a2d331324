using Junkan.Core.Elements;
using Junkan.Core.Risk;

namespace Junkan.Data.Reference;

/// <summary>Loads <c>data/reference/</c> and checks it: every source id exists, every element is known.</summary>
public static class ReferenceDataLoader
{
    public static ReferenceData Load(string folder)
    {
        string P(string f) => Path.Combine(folder, f);
        var files = new List<string>();
        CsvTable Read(string f, params string[] cols) { files.Add(P(f)); return CsvTable.Read(P(f), cols); }
        CsvTable? ReadOptional(string f, params string[] cols) => File.Exists(P(f)) ? Read(f, cols) : null;

        var sources = Read("sources.csv", "id", "citation", "publisher", "year", "url", "licence").Rows
            .Select(r => new SourceRecord(r.Required("id"), r.Required("citation"), r.Text("publisher"), r.Text("year"), r.Text("url"), r.Text("licence")))
            .ToDictionary(s => s.Id);
        var elements = Read("elements.csv", "symbol", "name_en", "name_ja", "kind", "parent", "nedo_target").Rows
            .Select(r => new ElementRecord(r.Required("symbol"), r.Required("name_en"), r.Required("name_ja"), r.Text("kind"),
                r.Text("parent") is { Length: > 0 } p ? p : null, r.Text("nedo_target") == "yes"))
            .ToArray();
        var data = new ReferenceData(folder, sources, elements,
            Figures(Read("production.csv", FigureColumns)),
            Figures(Read("reserves.csv", FigureColumns)),
            Read("prices.csv", "element", "commodity", "series", "year", "value", "unit", "source_id").Rows
                .Select(r => new PriceRecord(r.Required("element"), r.Text("commodity"), r.Required("series"), r.Integer("year"),
                    r.OptionalNumber("value"), r.Required("unit"), r.Required("source_id"), r.Text("reference"))).ToArray(),
            Wgi(Read("wgi.csv", "country", "year", "va", "pv", "ge", "rq", "rl", "cc")),
            Read("japan_imports.csv", "element", "stage", "partner", "year", "share", "total_t", "source_id", "quality").Rows
                .Select(r => new ImportShareRecord(r.Required("element"), Stage(r), r.Required("partner"), r.Integer("year"),
                    r.Fraction("share"), r.OptionalNumber("total_t") is double t && t < 0 ? throw r.Error("total_t", "negative tonnage") : r.OptionalNumber("total_t"),
                    r.Required("source_id"), r.Quality().Value, r.Text("note"))).ToArray(),
            (ReadOptional("import_applicability.csv", "element", "stage", "applicable", "reason", "source_id")?.Rows ?? [])
                .Select(r => new ApplicabilityRecord(r.Required("element"), Stage(r), r.Required("applicable") == "yes", r.Text("reason"), r.Required("source_id"))).ToArray(),
            (ReadOptional("secondary_supply.csv", "element", "year", "share", "basis", "source_id", "quality")?.Rows ?? [])
                .Select(r => new SecondaryRecord(r.Required("element"), r.Integer("year"), r.Fraction("share"), r.Required("basis"), r.Required("source_id"), r.Quality().Value, r.Text("note"))).ToArray(),
            Read("risk_series.csv", "element", "indicator", "commodity", "series", "proxy").Rows
                .Select(r => new RiskSeriesRecord(r.Required("element"), r.Required("indicator"), r.Text("commodity"), r.Required("series"),
                    r.Text("proxy") is { Length: > 0 } p ? p : null, r.Text("note"))).ToArray(),
            (ReadOptional("eu_crm_2023.csv", "material", "element", "supply_risk", "economic_importance", "eol_rir",
                    "sr_stage", "supply_risk_primary", "supply_risk_refined", "source_id", "quality", "note")?.Rows ?? [])
                .Select(r => new EuCrmRecord(r.Required("material"), r.Text("element") is { Length: > 0 } e ? e : null,
                    r.OptionalNumber("supply_risk"), r.OptionalNumber("economic_importance"), r.OptionalFraction("eol_rir"),
                    r.Text("sr_stage"), r.OptionalNumber("supply_risk_primary"), r.OptionalNumber("supply_risk_refined"),
                    r.Required("source_id"), r.Quality().Value, r.Text("note"))).ToArray(),
            (ReadOptional("applications.csv", "element", "application", "name_en", "name_ja", "share", "source_id")?.Rows ?? [])
                .Select(r => new ApplicationRecord(r.Required("element"), r.Required("application"), r.Text("name_en"), r.Text("name_ja"),
                    r.OptionalNumber("share"), r.Text("source_id"))).ToArray(),
            files)
        {
            Lists = (ReadOptional("list_memberships.csv", "element", "list", "member", "source_id", "note")?.Rows ?? [])
                .Select(r => new ListMembershipRecord(r.Required("element"), r.Required("list"), r.Text("member") switch
                {
                    "yes" => true,
                    "no" => false,
                    "" => null,
                    var m => throw r.Error("member", $"'{m}' is not yes, no or empty (not stated)"),
                }, r.Required("source_id"), r.Text("note"))).ToArray(),
            Countries = (ReadOptional("countries.csv", "iso3", "name_en", "name_ja")?.Rows ?? [])
                .Select(r => new CountryRecord(r.Required("iso3"), r.Required("name_en"), r.Required("name_ja")))
                .ToDictionary(c => c.Iso3),
        };
        ReferenceDataValidator.Validate(data);
        return data;
    }

    private static readonly string[] FigureColumns =
        ["element", "commodity", "series", "stage", "country", "year", "value", "unit", "flag", "source_id", "quality"];

    private static CountryFigure[] Figures(CsvTable t) => t.Rows.Select(r =>
    {
        double? v = r.OptionalNumber("value");
        if (v < 0) throw r.Error("value", $"negative tonnage {v}");
        if (r.Text("unit") is { Length: > 0 } u && u != "t" && v is not null)
            throw r.Error("unit", $"unit '{u}': values must be in tonnes (t)");
        return new CountryFigure(r.Required("element"), r.Text("commodity"), r.Required("series"), r.Required("stage"),
            r.Required("country"), r.Integer("year"), v, r.Text("flag"), r.Required("source_id"), r.Quality().Value, r.Text("reference"));
    }).ToArray();

    private static SupplyStage Stage(CsvRow r) => r.Required("stage") switch
    {
        "mine" => SupplyStage.Mine,
        "refined" => SupplyStage.Refined,
        var s => throw r.Error("stage", $"'{s}' is not a stage (mine, refined)"),
    };

    private static Dictionary<string, IReadOnlyList<WgiEstimates>> Wgi(CsvTable t) => t.Rows
        .Select(r => (Country: r.Required("country"), E: new WgiEstimates(r.Integer("year"), r.OptionalNumber("va"), r.OptionalNumber("pv"),
            r.OptionalNumber("ge"), r.OptionalNumber("rq"), r.OptionalNumber("rl"), r.OptionalNumber("cc"))))
        .GroupBy(x => x.Country)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<WgiEstimates>)g.Select(x => x.E).ToArray());
}
