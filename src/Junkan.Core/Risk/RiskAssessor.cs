using Junkan.Core.Elements;

namespace Junkan.Core.Risk;

/// <summary>Computes the six supply-risk indicators of an element from its inputs (METI 重要鉱種戦略, 2021).</summary>
public sealed class RiskAssessor(RiskSettings settings, CountryStability stability)
{
    public RiskSettings Settings { get; } = settings.Validated();

    public RiskProfile Assess(ElementRiskInputs inputs)
    {
        var results = new List<IndicatorResult>(7)
        {
            Concentration(RiskIndicator.ReserveConcentration, null, inputs.Reserves, "reserves"),
            Concentration(RiskIndicator.ProductionConcentration, SupplyStage.Mine, inputs.MineProduction, "mine production"),
        };
        if (inputs.RefineryProduction is not null)
            results.Add(Concentration(RiskIndicator.ProductionConcentration, SupplyStage.Refined, inputs.RefineryProduction, "refinery production"));
        results.Add(ImportStability(RiskIndicator.ImportStabilityConcentrate, inputs.ConcentrateImports));
        results.Add(ImportStability(RiskIndicator.ImportStabilityRefined, inputs.RefinedImports));
        results.Add(PriceVolatility(inputs.Price, inputs.Year, inputs.PriceExposure));
        results.Add(Secondary(inputs.Secondary));
        return new RiskProfile(inputs.Element, inputs.Year, results);
    }

    private IndicatorResult Concentration(RiskIndicator indicator, SupplyStage? stage, CountryDistribution? data, string what)
    {
        if (data is null || data.Countries.Count == 0)
            return IndicatorResult.NoData(indicator, stage, $"No by-country {what} data.");
        double hhi = ConcentrationCalculator.Compute(data, Settings.HhiDenominator);
        if (double.IsNaN(hhi))
            return IndicatorResult.NoData(indicator, stage, $"The {what} total is zero or withheld.");
        var notes = new List<string> { $"{char.ToUpperInvariant(what[0])}{what[1..]} by country, series '{data.Series}'; denominator: {DenominatorText(data)}" };
        if (data.ReportedWorldTotal is null && Settings.HhiDenominator != HhiDenominator.NamedCountries)
            notes.Add("No reported world total: named countries plus 'Other countries' used as the denominator.");
        return Valued(indicator, stage, hhi, data.Year, data.Sources, data.ProxyLabel, notes);
    }

    private string DenominatorText(CountryDistribution d)
    {
        string t = d.Denominator(Settings.HhiDenominator).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        return Settings.HhiDenominator switch
        {
            HhiDenominator.NamedCountries => $"named countries ({t} t)",
            HhiDenominator.OtherAsOneCountry => $"named countries plus 'Other countries' ({t} t)",
            _ => $"reported world total, or the rows where it is missing or smaller ({t} t)",
        };
    }

    private IndicatorResult ImportStability(RiskIndicator indicator, ImportPartners imports)
    {
        var stage = imports.Stage;
        switch (imports.Kind)
        {
            case ImportDataKind.NotApplicable:
                return IndicatorResult.NotApplicable(indicator, stage, imports.Reason ?? "Not applicable.", imports.Sources);
            case ImportDataKind.NoData:
                return IndicatorResult.NoData(indicator, stage, imports.Reason ?? "No import data by partner.");
        }
        var r = ImportStabilityCalculator.Compute(imports, stability, Settings);
        var notes = new List<string>();
        if (imports.Basis is { Length: > 0 } basis) notes.Add(basis + ".");
        if (imports.AttributedShare < 0.999)
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The source attributes {imports.AttributedShare:P0} of imports to partners; the rest is left out (lower bound)."));
        if (r.AssumedCountries.Count > 0)
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"No WGI estimate for {string.Join(", ", r.AssumedCountries)}: instability {Settings.MissingStability} assumed."));
        if (r.WgiYears.Count > 0)
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"WGI year(s) {string.Join(", ", r.WgiYears)}; method {Settings.StabilityMethod}."));
        if (imports.CrossCheck is { Kind: ImportDataKind.Shares, Year: int checkYear } check)
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Cross-check (not used for the level): {string.Join(", ", check.Sources)} {checkYear} shares give {ImportStabilityCalculator.Compute(check, stability, Settings).Value:0.000}."));
        var sources = imports.Sources.Concat(r.WgiSources).Distinct().ToArray();
        return Valued(indicator, stage, r.Value, imports.Year, sources, imports.ProxyLabel, notes);
    }

    /// <summary>Starts the note of a ⑤ value that is a price exposure (volatility × remaining demand), not the volatility itself.</summary>
    public const string PriceExposureNote = "Price exposure:";

    /// <summary>Whether a ⑤ result is a price exposure (a substitution scaled the volatility by the remaining demand).</summary>
    public static bool IsPriceExposure(IndicatorResult r) =>
        r.Indicator == RiskIndicator.PriceVolatility && r.Notes.Any(n => n.StartsWith(PriceExposureNote, StringComparison.Ordinal));

    private IndicatorResult PriceVolatility(PriceSeries? price, int year, double exposure)
    {
        const RiskIndicator indicator = RiskIndicator.PriceVolatility;
        if (price is null) return IndicatorResult.NoData(indicator, null, "No annual price series.");
        var window = price.Prices.Where(p => p.Year <= year).OrderBy(p => p.Year).TakeLast(Settings.PriceWindowYears).ToArray();
        if (window.Length < Settings.PriceWindowYears)
            return IndicatorResult.NoData(indicator, null,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{price.Series}: {window.Length} annual prices up to {year}, {Settings.PriceWindowYears} needed."));
        double[] values = window.Select(p => p.Value).ToArray();
        double v = PriceVolatilityCalculator.Compute(values, Settings.PriceMethod);
        var notes = new List<string> { string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{price.Series} ({price.Unit}), {window[0].Year}-{window[^1].Year}; method {Settings.PriceMethod}") };
        if (PriceResolution.IsCoarse(values, out double step, out double mean))
            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Low precision: prices are published to the nearest {step:G} {price.Unit}, {step / mean:P0} of the mean ({mean:G3}); the volatility mostly reflects rounding."));
        if (window[^1].Year - window[0].Year != window.Length - 1) notes.Add("The window has gaps between years.");
        if (exposure < 1.0) notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{PriceExposureNote} volatility {v:P1} × remaining demand {exposure:P0} (substitution)."));
        return Valued(indicator, null, v * exposure, window[^1].Year, price.Sources, price.ProxyLabel, notes);
    }

    private IndicatorResult Secondary(SecondarySupply? s)
    {
        const RiskIndicator indicator = RiskIndicator.SecondarySupply;
        return s is null
            ? IndicatorResult.NoData(indicator, null, "No secondary-supply share of domestic demand.")
            : Valued(indicator, null, s.Share, s.Year, s.Sources, s.ProxyLabel, [.. s.Notes, .. ReferenceNote(s.Reference)]);
    }

    private static IEnumerable<string> ReferenceNote(SecondarySupply? reference)
    {
        if (reference is null) yield break;
        yield return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Reference, not used for the level: {reference.Share:P0} ({reference.ProxyLabel ?? "other basis"}, {reference.Year}; {string.Join(", ", reference.Sources)}).");
    }

    private IndicatorResult Valued(RiskIndicator indicator, SupplyStage? stage, double value, int? year,
        IReadOnlyList<string> sources, string? proxy, IReadOnlyList<string> notes) =>
        new(indicator, stage, IndicatorStatus.Value, value, Settings.CutoffsFor(indicator).Classify(value), year, sources, proxy, notes);
}
