namespace Junkan.Core.Risk;

/// <summary>
/// METI's six supply-risk indicators (重要鉱種戦略, 2021), numbered as in the METI radar chart.
/// </summary>
public enum RiskIndicator
{
    /// <summary>① 国別埋蔵寡占度: HHI of reserves by country, 0..10,000.</summary>
    ReserveConcentration = 1,
    /// <summary>② 国別生産寡占度: HHI of mine (and, separately, refinery) production by country, 0..10,000.</summary>
    ProductionConcentration = 2,
    /// <summary>③ 輸入安定性（精鉱）: Σ s_c² g_c over Japan's import partners for ores and concentrates, 0..1.</summary>
    ImportStabilityConcentrate = 3,
    /// <summary>④ 輸入安定性（製錬品）: the same over refined products, 0..1.</summary>
    ImportStabilityRefined = 4,
    /// <summary>⑤ 価格変動幅: volatility of annual prices, a fraction (0.30 = 30 %).</summary>
    PriceVolatility = 5,
    /// <summary>⑥ スクラップ等再生: secondary raw material ÷ domestic demand, a fraction; low = high risk.</summary>
    SecondarySupply = 6,
}

/// <summary>Facts about each indicator that reports and validation need.</summary>
public static class RiskIndicators
{
    public static IReadOnlyList<RiskIndicator> All { get; } =
        [RiskIndicator.ReserveConcentration, RiskIndicator.ProductionConcentration,
         RiskIndicator.ImportStabilityConcentrate, RiskIndicator.ImportStabilityRefined,
         RiskIndicator.PriceVolatility, RiskIndicator.SecondarySupply];

    /// <summary>Stable machine key used in JSON, CSV and settings files.</summary>
    public static string Key(this RiskIndicator indicator) => indicator switch
    {
        RiskIndicator.ReserveConcentration => "reserve_concentration",
        RiskIndicator.ProductionConcentration => "production_concentration",
        RiskIndicator.ImportStabilityConcentrate => "import_stability_concentrate",
        RiskIndicator.ImportStabilityRefined => "import_stability_refined",
        RiskIndicator.PriceVolatility => "price_volatility",
        RiskIndicator.SecondarySupply => "secondary_supply",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator, null),
    };

    /// <summary>Unit of the indicator value.</summary>
    public static string Unit(this RiskIndicator indicator) => indicator switch
    {
        RiskIndicator.ReserveConcentration or RiskIndicator.ProductionConcentration => "HHI (0-10000)",
        RiskIndicator.ImportStabilityConcentrate or RiskIndicator.ImportStabilityRefined => "Σ s²·g (0-1)",
        _ => "fraction",
    };

    public static RiskIndicator Parse(string key) =>
        All.FirstOrDefault(i => i.Key() == key) is var found && found != 0
            ? found
            : throw new ArgumentException($"Unknown indicator '{key}'. Known: {string.Join(", ", All.Select(Key))}.");
}
