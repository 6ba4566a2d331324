namespace Junkan.Reports.Network;

/// <summary>Labels of the network section in English and Japanese (kept beside the section so that it stands alone).</summary>
public sealed class NetworkLabels
{
    private static readonly Dictionary<string, (string En, string Ja)> All = new(StringComparer.Ordinal)
    {
        ["Title"] = ("Recycling network plan", "リサイクルネットワーク計画"),
        ["Case"] = ("Case", "ケース"),
        ["Supply"] = ("Supply and what it rests on", "供給量とその根拠"),
        ["Stream"] = ("Stream", "品目"),
        ["Year"] = ("Year", "年"),
        ["Tonnes"] = ("t/y", "t/年"),
        ["Basis"] = ("Basis", "根拠"),
        ["Published"] = ("Published figure", "公表値"),
        ["Ratio"] = ("Model / published", "モデル／公表値"),
        ["Solver"] = ("Solver status", "求解状況"),
        ["Status"] = ("Status", "状況"),
        ["Objective"] = ("Objective, MJPY/y", "目的関数（百万円/年）"),
        ["Bound"] = ("Best bound, MJPY/y", "下界（百万円/年）"),
        ["Gap"] = ("Gap", "ギャップ"),
        ["Seconds"] = ("Seconds", "秒"),
        ["Plan"] = ("Opened sites", "開設拠点"),
        ["Kind"] = ("Kind", "種別"),
        ["Site"] = ("Site", "拠点"),
        ["Size"] = ("Size", "規模"),
        ["Input"] = ("Input t/y", "受入量 t/年"),
        ["Capacity"] = ("Capacity t/y", "能力 t/年"),
        ["Hub"] = ("Hub", "拠点"),
        ["Plant"] = ("Plant", "工場"),
        ["Cost"] = ("Cost split, MJPY/y", "費用内訳（百万円/年）"),
        ["Investment"] = ("Investment (annualised)", "投資（年価）"),
        ["InvestmentTotal"] = ("Investment", "投資額"),
        ["Fixed"] = ("Fixed", "固定費"),
        ["Processing"] = ("Processing", "処理費"),
        ["Transport"] = ("Transport", "輸送"),
        ["Revenue"] = ("Revenue (upper bound: metal price, no payable share)", "売上（上限：金属価格、支払率なし）"),
        ["Carbon"] = ("Carbon cost", "炭素費用"),
        ["Net"] = ("Net", "正味"),
        ["Co2"] = ("CO2e split, t/y", "CO2e内訳（t/年）"),
        ["Energy"] = ("Process energy", "工程エネルギー"),
        ["Avoided"] = ("Avoided primary production", "一次生産の回避"),
        ["Gaps"] = ("Secondary-route factor missing (counted 0)", "二次ルート係数なし（0として計上）"),
        ["Appraisal"] = ("Appraisal", "投資評価"),
        ["Npv"] = ("NPV, MJPY", "正味現在価値（百万円）"),
        ["Payback"] = ("Payback", "回収期間"),
        ["None"] = ("none", "なし"),
        ["Map"] = ("Map of sites and flows", "拠点と物流の地図"),
        ["MapNote"] = ("Points at city-hall coordinates (localgovjp); lines are straight, not routes. Grey: sources (area ∝ supply); square: hub; triangle: plant.",
            "市役所座標（localgovjp）の点。線は直線で経路ではない。灰色：発生源（面積∝供給量）、四角：拠点、三角：工場。"),
        ["Periods"] = ("Multi-period plan", "多期間計画"),
        ["Opens"] = ("opens", "開設"),
        ["Existing"] = ("existing", "既存"),
        ["PeriodWeight"] = ("Discount weight", "割引係数"),
        ["Collected"] = ("Collected t/y", "回収量 t/年"),
        ["Labels"] = ("Every cost, capacity and price in the bundled cases is cited or labelled user-input-example (replace it); estimates are junkan-estimate (quality 1). The basis column says which supply figures come from the flow systems.",
            "同梱ケースの費用・能力・価格はすべて出典付きか user-input-example（置き換えてください）、推計は junkan-estimate（品質1）。供給量の根拠欄に物質フローからの値かを示す。"),
        ["Optimal"] = ("optimal", "最適"),
        ["Feasible"] = ("feasible (gap)", "実行可能（ギャップあり）"),
        ["Infeasible"] = ("infeasible", "実行不能"),
        ["TimeLimitNoSolution"] = ("time limit, no solution", "時間切れ・解なし"),
        ["Error"] = ("solver error", "ソルバーエラー"),
        ["Binding"] = ("Binding constraint", "制約"),
    };

    public NetworkLabels(string language) => Language = language is "en" or "ja" ? language : throw new ArgumentException($"Unknown language '{language}'; known: en, ja.", nameof(language));

    public string Language { get; }

    public string this[string key] => All.TryGetValue(key, out var v) ? Language == "ja" ? v.Ja : v.En : throw new KeyNotFoundException(key);

    public string Name(Core.Network.Facility f) => Language == "ja" ? f.NameJa : f.NameEn;
}
