using System.Globalization;
using System.Text.Json;
using Junkan.Application.Network;
using Junkan.Core.Network;

namespace Junkan.Cli.Output;

/// <summary>Prints a network plan as text tables (labels in English and Japanese) or as JSON.</summary>
public static class NetworkOutput
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Table(TextWriter o, NetworkResult r)
    {
        var rep = r.Plan.Report;
        o.WriteLine($"Case / ケース: {r.Case.Name}");
        WriteSupply(o, r.Supply ?? []);
        o.WriteLine($"Solver status / 求解状況: {Status(rep.Status)} ({rep.Solver}, {rep.Seconds.ToString("0.00", Inv)} s)" + Objective(rep));
        if (rep.Minimised == PlanObjective.Co2 && rep.HasPlan)
            o.WriteLine("  minimised net CO2e / 正味CO2e最小化: the plan is the cheapest of the lowest-CO2 plans (a second solve; cost without the carbon price)");
        WriteSize(o, rep);
        foreach (var b in rep.Binding)
            o.WriteLine($"  binding / 制約: {b.Group}: short by {b.Excess.ToString("N1", Inv)} ({string.Join(", ", b.Items.Take(8))}{(b.Items.Count > 8 ? ", ..." : "")})");
        if (!rep.HasPlan)
        {
            // The joint plan was solved on its own and may have found what the single period did not.
            if (r.Periods is { } only) WritePeriods(o, only);
            return;
        }
        o.WriteLine();
        o.WriteLine("Opened sites / 開設拠点            size   input t/y   capacity t/y");
        foreach (var s in r.Plan.Opened.OrderBy(s => s.Site.Kind).ThenByDescending(s => s.InputT))
            o.WriteLine($"  {s.Site.Kind,-5} {s.Site.NameEn + " " + s.Site.NameJa,-30} {s.Size.Name,-6} {s.InputT.ToString("N0", Inv),10} {s.Size.CapacityT.ToString("N0", Inv),12}");
        o.WriteLine();
        o.WriteLine("Hub → plant shipments / 拠点→工場輸送  stream  mode   t/y   km");
        foreach (var f in r.Plan.Shipments.OrderByDescending(f => f.Tonnes))
            o.WriteLine($"  {f.From} → {f.To}  {f.Stream}  {f.Mode}  {f.Tonnes.ToString("N0", Inv)}  {f.Km.ToString("N0", Inv)}");
        o.WriteLine($"Collection / 回収: {r.Plan.Collection.Count} flows, {r.Plan.Collection.Sum(f => f.Tonnes).ToString("N0", Inv)} t/y, "
            + $"{(r.Plan.Collection.Sum(f => f.Tonnes * f.Km) / Math.Max(1e-9, r.Plan.Collection.Sum(f => f.Tonnes))).ToString("N0", Inv)} km average");
        o.WriteLine("Recovered / 回収元素 t/y: " + string.Join(", ", r.Plan.Recovered.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value.ToString("N1", Inv)}")));
        WriteMoney(o, r);
        foreach (var p in r.Pareto)
            o.WriteLine($"  Pareto: cost {M(p.CostJpy)} MJPY/y, CO2e {p.Co2Tonnes.ToString("N0", Inv)} t/y, status {Status(p.Plan.Report.Status)}");
        if (SinglePoint(r)) o.WriteLine("  Pareto / パレート: one point: the cheapest plan is also the lowest-CO2 plan (cost and CO2 do not conflict in this case)");
        if (r.Periods is { } mp) WritePeriods(o, mp);
    }

    /// <summary>A front of one plan: the cheapest plan is also the lowest-CO2 one.</summary>
    private static bool SinglePoint(NetworkResult r) => r.Pareto.Count == 1 && double.IsFinite(r.Pareto[0].CostJpy);

    /// <summary>"; objective …, bound …, gap …" in MJPY/y, or in t CO2e/y when the solve minimised CO2; empty without an objective.</summary>
    private static string Objective(SolverReport rep)
    {
        if (rep.Objective is not double ob) return "";
        string gap = (rep.Gap ?? 0).ToString("P3", Inv);
        return rep.Minimised == PlanObjective.Co2
            ? $"; objective (net CO2e) {ob.ToString("N0", Inv)} t CO2e/y, bound {(rep.Bound ?? double.NaN).ToString("N0", Inv)}, gap {gap}"
            : $"; objective {M(ob)} MJPY/y, bound {M(rep.Bound ?? double.NaN)}, gap {gap}";
    }

    /// <param name="unit">Unit of the objective and bounds: MJPY/y for one period, MJPY (present value) for several.</param>
    private static void WriteSize(TextWriter o, SolverReport rep, string unit = "MJPY/y")
    {
        if (rep.Variables > 0)
            o.WriteLine($"  model / モデル: {rep.Variables.ToString("N0", Inv)} variables, {rep.Constraints.ToString("N0", Inv)} constraints, built in {rep.BuildSeconds.ToString("0.00", Inv)} s");
        if (rep.Start is { } st)
            o.WriteLine($"  nested start / 入れ子の初期計画: the joint plan over the {st.Candidates} site sizes that the first and last periods open alone, "
                + $"{M(st.Objective)} {unit} in {st.Seconds.ToString("0.0", Inv)} s; the MILP started from it");
        if (rep.Grouping is not { } g) return;
        o.WriteLine($"  aggregation bound / 集約下界: {g.Sources.ToString("N0", Inv)} sources; the bound comes from source groups, the plan from the full case with their sites fixed");
        foreach (var r in g.Rounds)
            o.WriteLine($"    groups ≤ {r.RadiusKm.ToString("0.#", Inv)} km / グループ: {r.Groups.ToString("N0", Inv)} groups, {r.Variables.ToString("N0", Inv)} variables, "
                + $"bound {(r.Bound is double b ? M(b) : "none")} {unit}, best plan {(r.BestObjective is double u ? M(u) : "none")} {unit}");
    }

    /// <summary>What each stream's national supply rests on, and the published figures beside it (ratio model / published).</summary>
    private static void WriteSupply(TextWriter o, IReadOnlyList<SupplyBasis> supply)
    {
        foreach (var s in supply)
        {
            o.WriteLine($"Supply / 供給量 {s.Stream} {s.Year}: {s.Tonnes.ToString("N0", Inv)} t/y [{s.Basis}] {s.Derivation}");
            foreach (var p in s.Published)
                o.WriteLine($"  vs published / 公表値 {p.Year}: {p.Tonnes.ToString("N0", Inv)} t ({p.Source.Source}; {p.Note}): model/published {(s.Tonnes / p.Tonnes).ToString("0.0#", Inv)}");
        }
    }

    private static void WritePeriods(TextWriter o, MultiPeriodResult mp)
    {
        var rep = mp.Plan.Report;
        o.WriteLine();
        o.WriteLine($"Multi-period plan / 多期間計画: {Status(rep.Status)} ({rep.Solver}, {rep.Seconds.ToString("0.00", Inv)} s)"
            + (rep.Objective is double ob ? $"; present value {M(ob)} MJPY, bound {M(rep.Bound ?? double.NaN)}, gap {(rep.Gap ?? 0).ToString("P3", Inv)}" : ""));
        WriteSize(o, rep, "MJPY");
        foreach (var b in rep.Binding) o.WriteLine($"  binding / 制約: {b.Group}: short by {b.Excess.ToString("N1", Inv)} ({string.Join(", ", b.Items.Take(8))})");
        if (!rep.HasPlan) return;
        var opens = mp.Plan.OpeningYear();
        foreach (var p in mp.Plan.Periods)
        {
            o.WriteLine($"  {p.Year} ({p.Years} y, weight {p.Weight.ToString("0.000", Inv)}): supply {p.Case.Sources.Sum(s => s.Supply.Values.Sum()).ToString("N0", Inv)} t/y, collected {p.Plan.Collection.Sum(f => f.Tonnes).ToString("N0", Inv)} t/y");
            foreach (var s in p.Plan.Opened.OrderBy(s => s.Site.Kind).ThenBy(s => s.Site.Id, StringComparer.Ordinal))
                o.WriteLine($"    {s.Site.Kind,-5} {s.Site.NameEn + " " + s.Site.NameJa,-30} {s.Size.Name,-8} input {s.InputT.ToString("N0", Inv),9} t/y{(s.Site.Existing ? "  existing / 既存" : opens[s.Site.Id] == p.Year ? "  opens / 開設" : "")}");
        }
        if (mp.Appraisal is { } a)
            o.WriteLine($"  Appraisal / 投資評価: investment {M(a.Investment)} MJPY, NPV {M(a.Npv)} MJPY at {a.DiscountRate.ToString("P1", Inv)} to {mp.Plan.Periods[0].Year} over the horizon (no terminal value), payback {(a.PaybackYear is int y ? y.ToString(Inv) : "not within the horizon")}");
    }

    private static void WriteMoney(TextWriter o, NetworkResult r)
    {
        var c = r.Cost!;
        var e = r.Co2!;
        var f = r.Financials!;
        o.WriteLine();
        o.WriteLine($"Cost / 費用 (MJPY/y): investment (annualised) {M(c.AnnualisedInvestment)}, fixed {M(c.Fixed)}, processing {M(c.Processing)}, "
            + $"transport {M(c.Transport)}, revenue −{M(c.Revenue)}, carbon {M(c.Carbon)}, net {M(c.Total)}");
        foreach (var v in PlanAccounting.Revenue(r.Case, r.Plan))
            o.WriteLine($"  revenue / 売上 {v.Value.Element}: {v.Tonnes.ToString("N1", Inv)} t × {v.Value.PriceJpyPerTonne.ToString("N0", Inv)} JPY/t × payable {v.Value.PayableShare.ToString("0.00", Inv)} "
                + $"[{Payable(v.Value)}] = {M(v.Jpy)} MJPY/y (full price {M(v.UpperBoundJpy)})");
        foreach (var k in r.CostChecks) o.WriteLine("  " + CostCheckLine(k));
        o.WriteLine($"CO2e / CO2排出 (t/y): transport {e.Transport.ToString("N0", Inv)}, process energy {e.ProcessEnergy.ToString("N0", Inv)}, "
            + $"avoided primary −{e.AvoidedPrimary.ToString("N0", Inv)}, net {e.Net.ToString("N0", Inv)}"
            + (e.SecondaryGaps.Count > 0 ? $" (secondary-route factor a gap for {string.Join(", ", e.SecondaryGaps)})" : ""));
        o.WriteLine($"Appraisal / 投資評価: investment {M(f.Investment)} MJPY, cash flow {M(f.AnnualCashFlow)} MJPY/y, NPV {M(f.Npv)} MJPY "
            + $"at {f.DiscountRate.ToString("P1", Inv)} over {f.LifeYears} y, payback {(f.PaybackYears is double pb ? pb.ToString("0.0", Inv) + " y" : "none")}");
    }

    /// <summary>One cost per tonne beside a published figure: model, published (range), source and note, ratio.</summary>
    private static string CostCheckLine(CostCheck k)
    {
        var p = k.Published;
        string range = p.Range is var (lo, hi) ? $" (range {lo.ToString("N0", Inv)}–{hi.ToString("N0", Inv)})" : "";
        string model = k.ModelJpyPerTonne is double m ? m.ToString("N0", Inv) : "none";
        string ratio = k.Ratio is double x ? x.ToString("0.00", Inv) : "–";
        string inRange = k.InRange switch { true => ", in range / 範囲内", false => ", outside range / 範囲外", null => "" };
        return $"vs published / 公表値 {MeasureName(p.Measure)}: model {model} JPY/t, published {p.JpyPerTonne.ToString("N0", Inv)} JPY/t{range} "
            + $"({p.Source.Source.Value}; {p.Note}): model/published {ratio}{inRange}";
    }

    public static string MeasureName(CostMeasure m) => m switch
    {
        CostMeasure.PlantTreatment => "plant treatment cost / 工場処理費",
        CostMeasure.HubTreatment => "hub treatment cost / 拠点処理費",
        CostMeasure.Transport => "transport per t collected / 回収量当たり輸送費",
        _ => "revenue per t collected / 回収量当たり売上",
    };

    /// <summary>What a payable share rests on: cited (source), estimate (source, range) or none (the full price, an upper bound).</summary>
    private static string Payable(ElementValue v) => v.PayableBasis switch
    {
        PayableBasis.UpperBound => "none entered: full price, upper bound / 未入力：上限",
        var b => $"{(b == PayableBasis.Cited ? "cited / 出典" : "estimate / 推計")} {v.PayableSource!.Source.Value}"
            + (v.PayableRange is var (lo, hi) ? $", range {lo.ToString("0.00", Inv)}–{hi.ToString("0.00", Inv)}" : ""),
    };

    private static string M(double jpy) => (jpy / 1e6).ToString("N1", Inv);

    public static string Status(SolveStatus s) => s switch
    {
        SolveStatus.Optimal => "optimal",
        SolveStatus.Feasible => "feasible (gap)",
        SolveStatus.Infeasible => "infeasible",
        SolveStatus.TimeLimitNoSolution => "time limit, no solution",
        _ => "solver error",
    };

    private static object? GroupingJson(SourceGrouping? g) => g is null ? null : new
    {
        sources = g.Sources,
        rounds = g.Rounds.Select(r => new { radius_km = r.RadiusKm, groups = r.Groups, variables = r.Variables, constraints = r.Constraints, found = r.Found, bound_jpy = r.Bound, best_objective_jpy = r.BestObjective }),
    };

    public static string Json(NetworkResult r)
    {
        var rep = r.Plan.Report;
        var doc = new Dictionary<string, object?>
        {
            ["case"] = r.Case.Name,
            ["status"] = Status(rep.Status),
            ["solver"] = rep.Solver,
            ["minimised"] = rep.Minimised == PlanObjective.Co2 ? "co2" : "cost",
            ["objective_jpy"] = rep.Minimised == PlanObjective.Cost ? rep.Objective : null,
            ["bound_jpy"] = rep.Minimised == PlanObjective.Cost ? rep.Bound : null,
            ["objective_t_co2e"] = rep.Minimised == PlanObjective.Co2 ? rep.Objective : null,
            ["bound_t_co2e"] = rep.Minimised == PlanObjective.Co2 ? rep.Bound : null,
            ["gap"] = rep.Gap,
            ["seconds"] = Math.Round(rep.Seconds, 3),
            ["build_seconds"] = Math.Round(rep.BuildSeconds, 3),
            ["variables"] = rep.Variables,
            ["constraints"] = rep.Constraints,
            ["grouping"] = GroupingJson(rep.Grouping),
            ["binding"] = rep.Binding.Select(b => new { group = b.Group, excess = b.Excess, items = b.Items }),
            ["opened"] = r.Plan.Opened.Select(s => new { id = s.Site.Id, kind = s.Site.Kind.ToString().ToLowerInvariant(), name_en = s.Site.NameEn, name_ja = s.Site.NameJa, size = s.Size.Name, capacity_t = s.Size.CapacityT, input_t = s.InputT }),
            ["collection"] = r.Plan.Collection.Select(FlowJson),
            ["shipments"] = r.Plan.Shipments.Select(FlowJson),
            ["recovered_t"] = r.Plan.Recovered,
            ["cost_jpy_per_year"] = r.Cost is { } c ? new { annualised_investment = c.AnnualisedInvestment, @fixed = c.Fixed, processing = c.Processing, transport = c.Transport, revenue = c.Revenue, carbon = c.Carbon, net = c.Total } : null,
            ["revenue_by_element"] = r.Cost is null ? null : PlanAccounting.Revenue(r.Case, r.Plan).Select(v => new
            {
                element = v.Value.Element, recovered_t = v.Tonnes, price_jpy_per_t = v.Value.PriceJpyPerTonne, payable_share = v.Value.PayableShare,
                payable_low = v.Value.PayableRange?.Low, payable_high = v.Value.PayableRange?.High,
                payable_basis = v.Value.PayableBasis switch { PayableBasis.Cited => "cited", PayableBasis.Estimate => "estimate", _ => "upper-bound" },
                payable_source = v.Value.PayableSource?.Source.Value, revenue_jpy = v.Jpy, full_price_revenue_jpy = v.UpperBoundJpy,
            }),
            ["co2_t_per_year"] = r.Co2 is { } e ? new { transport = e.Transport, process_energy = e.ProcessEnergy, avoided_primary = e.AvoidedPrimary, net = e.Net, secondary_gaps = e.SecondaryGaps } : null,
            ["appraisal"] = r.Financials is { } f ? new { investment_jpy = f.Investment, annual_cash_flow_jpy = f.AnnualCashFlow, npv_jpy = f.Npv, payback_years = f.PaybackYears, discount_rate = f.DiscountRate, life_years = f.LifeYears } : null,
            ["supply"] = (r.Supply ?? []).Select(SupplyJson),
            ["cost_checks"] = r.CostChecks.Select(k => new
            {
                measure = CostMeasureIds.Id(k.Published.Measure),
                model_jpy_per_t = k.ModelJpyPerTonne, published_jpy_per_t = k.Published.JpyPerTonne, low = k.Published.Range?.Low, high = k.Published.Range?.High,
                source = k.Published.Source.Source.Value, note = k.Published.Note, ratio = k.Ratio, in_range = k.InRange,
            }),
            ["periods"] = r.Periods is { } mp ? PeriodsJson(mp) : null,
            ["pareto_single_point"] = r.Pareto.Count > 0 ? SinglePoint(r) : null,
            ["pareto"] = r.Pareto.Select(p => new { cost_jpy = double.IsFinite(p.CostJpy) ? p.CostJpy : (double?)null, co2_t = double.IsFinite(p.Co2Tonnes) ? p.Co2Tonnes : (double?)null, co2_cap_t = p.Co2Cap, status = Status(p.Plan.Report.Status) }),
        };
        return JsonSerializer.Serialize(doc, JsonOptions);
    }

    private static object SupplyJson(SupplyBasis s) => new
    {
        stream = s.Stream, year = s.Year, tonnes = s.Tonnes, basis = s.Basis, derivation = s.Derivation,
        published = s.Published.Select(p => new { year = p.Year, tonnes = p.Tonnes, source = p.Source.Source.Value, note = p.Note, ratio = s.Tonnes / p.Tonnes }),
    };

    private static object PeriodsJson(MultiPeriodResult mp)
    {
        var rep = mp.Plan.Report;
        var opens = rep.HasPlan ? mp.Plan.OpeningYear() : new Dictionary<string, int>();
        return new
        {
            status = Status(rep.Status), objective_pv_jpy = rep.Objective, bound_jpy = rep.Bound, gap = rep.Gap, seconds = Math.Round(rep.Seconds, 3), grouping = GroupingJson(rep.Grouping),
            nested_start = rep.Start is { } st ? new { candidates = st.Candidates, seconds = Math.Round(st.Seconds, 3), objective_pv_jpy = st.Objective } : null,
            binding = rep.Binding.Select(b => new { group = b.Group, excess = b.Excess, items = b.Items }),
            periods = mp.Plan.Periods.Select(p => new
            {
                year = p.Year, years = p.Years, weight = p.Weight,
                opened = p.Plan.Opened.Select(s => new { id = s.Site.Id, size = s.Size.Name, input_t = s.InputT, opens = !s.Site.Existing && opens[s.Site.Id] == p.Year, existing = s.Site.Existing }),
                collected_t = p.Plan.Collection.Sum(f => f.Tonnes),
            }),
            appraisal = mp.Appraisal is { } a ? new { investment_jpy = a.Investment, npv_jpy = a.Npv, payback_year = a.PaybackYear, discount_rate = a.DiscountRate } : null,
        };
    }

    /// <summary>An OR-Library instance: objective, status, bound, gap, open facilities, time, and the published optimum with the difference.</summary>
    public static void CflTable(TextWriter o, CflResult r)
    {
        var rep = r.Plan.Report;
        o.WriteLine($"Instance / 問題: {r.Instance} ({r.Facilities} facilities, {r.Customers} customers{(r.SingleSource ? ", single source" : "")})");
        o.WriteLine($"Solver status / 求解状況: {Status(rep.Status)} ({rep.Solver}, {rep.Seconds.ToString("0.00", Inv)} s)");
        foreach (var b in rep.Binding)
            o.WriteLine($"  binding / 制約: {b.Group}: short by {b.Excess.ToString("N1", Inv)} ({string.Join(", ", b.Items.Take(8))}{(b.Items.Count > 8 ? ", ..." : "")})");
        if (rep.Objective is double ob)
        {
            o.WriteLine($"Objective / 目的関数値: {ob.ToString("N3", Inv)}  bound / 下界: {(rep.Bound ?? double.NaN).ToString("N3", Inv)}  gap: {(rep.Gap ?? 0).ToString("P4", Inv)}");
            o.WriteLine($"Open facilities / 開設施設 ({r.Open.Count}): {string.Join(" ", r.Open)}");
        }
        if (r.Published is double pub)
            o.WriteLine($"Published optimum / 公表最適値 (capopt.txt, split demand): {pub.ToString("N3", Inv)}"
                + (r.Difference is double d ? $"  difference / 差: {d.ToString("N3", Inv)} ({(d / pub).ToString("P4", Inv)})" + (r.SingleSource ? " (single sourcing can only raise the cost)" : "") : ""));
        else o.WriteLine("Published optimum / 公表最適値: none (no capopt.txt beside the file, or the instance is not listed)");
    }

    public static string CflJson(CflResult r)
    {
        var rep = r.Plan.Report;
        var doc = new Dictionary<string, object?>
        {
            ["instance"] = r.Instance,
            ["facilities"] = r.Facilities,
            ["customers"] = r.Customers,
            ["single_source"] = r.SingleSource,
            ["status"] = Status(rep.Status),
            ["solver"] = rep.Solver,
            ["objective"] = rep.Objective,
            ["bound"] = rep.Bound,
            ["gap"] = rep.Gap,
            ["seconds"] = Math.Round(rep.Seconds, 3),
            ["binding"] = rep.Binding.Select(b => new { group = b.Group, excess = b.Excess, items = b.Items }),
            ["open"] = r.Open,
            ["published_optimum"] = r.Published,
            ["difference"] = r.Difference,
        };
        return JsonSerializer.Serialize(doc, JsonOptions);
    }

    private static object FlowJson(Flow f) => new { from = f.From, to = f.To, stream = f.Stream, mode = f.Mode, t = f.Tonnes, km = f.Km };
}
