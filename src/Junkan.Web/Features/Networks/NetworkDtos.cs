using Junkan.Application.Network;
using Junkan.Core.Network;
using Junkan.Data.Network;
using Junkan.Optimization;

namespace Junkan.Web.Features.Networks;

/// <summary>
/// A bundled network case (data/network/ID.yaml): its name, streams, counts of sites, hub limit, carbon price (JPY/t
/// CO2e) and the planning years of its multi-period plan (empty when it has none).
/// </summary>
public sealed record NetworkCaseDto(string Id, string Name, IReadOnlyList<string> Streams, int Sources, int Hubs, int Plants, int? MaxHubs, double CarbonPriceJpyPerTonne,
    string? NameJa = null, IReadOnlyList<int>? Periods = null);

/// <summary>
/// A plan request: hub limit and carbon price overriding the case's, the solver's time limit (s, capped), single sourcing,
/// and the objective: <c>cost</c> (default), <c>co2</c> (the lowest net CO2e, then the cheapest such plan) or
/// <c>pareto</c> (the cheapest plan and a cost–CO2 front of <see cref="NetworkPlanning.DefaultParetoPoints"/> points).
/// </summary>
public sealed record NetworkPlanRequest(int? Hubs = null, double? CarbonPrice = null, double? TimeLimitSeconds = null, bool SingleSource = false, string? Objective = null,
    bool Periods = false);

/// <summary>
/// The multi-period plan (request <c>periods</c>): solver status, present value (JPY of the first year), bound and gap of
/// the joint model, the nested start's objective (JPY, null if none), each period, and the appraisal (investment JPY,
/// NPV JPY at the discount rate, payback year).
/// </summary>
public sealed record PeriodsDto(string Status, double? ObjectivePvJpy, double? BoundJpy, double? Gap, double Seconds, double? NestedStartJpy,
    IReadOnlyList<PeriodDto> Periods, double? InvestmentJpy, double? NpvJpy, int? PaybackYear, double? DiscountRate);

/// <summary>A period: first year, length (years), discount weight, supply and collected t/y, the sites open in it.</summary>
public sealed record PeriodDto(int Year, int Years, double Weight, double SupplyT, double CollectedT, IReadOnlyList<PeriodSiteDto> Opened);

/// <summary>A site open in a period: id, kind, names, size, input t/y, whether it opens in this period, whether it existed.</summary>
public sealed record PeriodSiteDto(string Id, string Kind, string NameEn, string NameJa, string Size, double InputT, bool Opens, bool Existing);

/// <summary>A point of the cost–CO2 front: cost without the carbon price (JPY/y), net CO2e (t/y), the ε cap (t/y; none for the cheapest) and the solver status.</summary>
public sealed record ParetoPointDto(double? CostJpy, double? Co2T, double? Co2CapT, string Status);

/// <summary>
/// A solved plan: solver status (optimal, feasible, infeasible, time_limit_no_solution, error), objective and bound
/// (JPY/y; null when the solve minimised CO2, see <see cref="Minimised"/>), relative gap, seconds; every site with its coordinates (those opened with size and input, t/y); collection
/// and hub-to-plant flows (t/y, km); recovered element (t/y); cost (JPY/y), CO2e (t/y) and the investment appraisal.
/// </summary>
public sealed record NetworkPlanDto(string Case, string CaseName, string Status, string Solver, double? ObjectiveJpy, double? BoundJpy, double? Gap, double Seconds,
    IReadOnlyList<BindingGroup> Binding, IReadOnlyList<SiteDto> Sites, IReadOnlyList<ArcDto> Collection, IReadOnlyList<ArcDto> Shipments,
    IReadOnlyDictionary<string, double> RecoveredT, CostBreakdown? CostJpyPerYear, double? NetCostJpyPerYear, Co2Breakdown? Co2TPerYear, double? NetCo2TPerYear,
    Financials? Appraisal, int? Hubs, double CarbonPriceJpyPerTonne, double TimeLimitSeconds)
{
    /// <summary>The case's Japanese name (case key <c>name_ja</c>), if it has one.</summary>
    public string? CaseNameJa { get; init; }

    /// <summary>The plan's costs per tonne beside the case's published figures (case key <c>published_costs</c>).</summary>
    public IReadOnlyList<CostCheckDto> CostChecks { get; init; } = [];

    /// <summary>What the solve minimised: <c>cost</c> or <c>co2</c>.</summary>
    public string Minimised { get; init; } = "cost";

    /// <summary>For <c>co2</c>: the objective and bound in t CO2e/y.</summary>
    public double? ObjectiveCo2T { get; init; }

    public double? BoundCo2T { get; init; }

    /// <summary>The cost–CO2 front (objective <c>pareto</c>), from the cheapest plan to the lowest-CO2 one; empty otherwise.</summary>
    public IReadOnlyList<ParetoPointDto> Pareto { get; init; } = [];

    /// <summary>The multi-period plan (request <c>periods</c>); null otherwise.</summary>
    public PeriodsDto? Periods { get; init; }
}

/// <summary>
/// A cost per tonne beside a published figure: the measure (plant_treatment, hub_treatment, transport, revenue), the
/// plan's JPY/t, the published JPY/t with its range, source id and note, model ÷ published and whether it is in the range.
/// </summary>
public sealed record CostCheckDto(string Measure, double? ModelJpyPerTonne, double PublishedJpyPerTonne, double? Low, double? High, string Source, string Note,
    double? Ratio, bool? InRange);

/// <summary>A site: kind (source, hub, plant), names, latitude and longitude (°), whether it is open, its size, capacity and input (t/y).</summary>
public sealed record SiteDto(string Id, string Kind, string NameEn, string NameJa, double Lat, double Lon, bool Existing, bool Opened, string? Size, double? CapacityT, double? InputT);

/// <summary>A flow between two sites: stream, transport mode, t/y and route km.</summary>
public sealed record ArcDto(string From, string To, string Stream, string Mode, double Tonnes, double Km);

/// <summary>Builds the DTOs of a case and a plan.</summary>
internal static class NetworkDtoMapping
{
    public static NetworkCaseDto Case(string id, NetworkCaseFile f) => new(id, f.Case.Name, [.. f.Case.Streams.Select(s => s.Id)], f.Case.Sources.Count, f.Case.Hubs.Count,
        f.Case.Plants.Count, f.Case.MaxHubs, f.Case.Economics.CarbonPriceJpyPerTonne, f.Case.NameJa, f.Periods);

    public static string Status(SolveStatus s) => s switch
    {
        SolveStatus.Optimal => "optimal",
        SolveStatus.Feasible => "feasible",
        SolveStatus.Infeasible => "infeasible",
        SolveStatus.TimeLimitNoSolution => "time_limit_no_solution",
        _ => "error",
    };

    public static NetworkPlanDto Plan(string id, NetworkResult r, NetworkRequest q)
    {
        var rep = r.Plan.Report;
        bool co2 = rep.Minimised == PlanObjective.Co2;
        var opened = r.Plan.Opened.ToDictionary(o => o.Site.Id);
        var sites = r.Case.Sources.Select(s => new SiteDto(s.Id, "source", s.NameEn, s.NameJa, s.Point.Lat, s.Point.Lon, true, true, null, null, s.Supply.Values.Sum()))
            .Concat(r.Case.Hubs.Concat(r.Case.Plants).Select(f => Site(f, opened.GetValueOrDefault(f.Id)))).ToArray();
        return new NetworkPlanDto(id, r.Case.Name, Status(rep.Status), rep.Solver, co2 ? null : rep.Objective, co2 ? null : rep.Bound, rep.Gap, rep.Seconds, rep.Binding, sites,
            [.. r.Plan.Collection.Select(Arc)], [.. r.Plan.Shipments.Select(Arc)], r.Plan.Recovered, r.Cost, r.Cost?.Total, r.Co2, r.Co2?.Net, r.Financials,
            q.Hubs ?? r.Case.MaxHubs, r.Case.Economics.CarbonPriceJpyPerTonne, q.TimeLimitSeconds)
        {
            CaseNameJa = r.Case.NameJa, CostChecks = [.. r.CostChecks.Select(Check)], Minimised = co2 ? "co2" : "cost",
            ObjectiveCo2T = co2 ? rep.Objective : null, BoundCo2T = co2 ? rep.Bound : null, Pareto = [.. r.Pareto.Select(Point)],
            Periods = r.Periods is { } mp ? Periods(mp) : null,
        };
    }

    private static PeriodsDto Periods(MultiPeriodResult r)
    {
        var rep = r.Plan.Report;
        var opening = r.Plan.OpeningYear();
        var periods = r.Plan.Periods.Select(p => new PeriodDto(p.Year, p.Years, p.Weight, p.Case.Sources.Sum(s => s.Supply.Values.Sum()), p.Plan.Collection.Sum(f => f.Tonnes),
            [.. p.Plan.Opened.OrderBy(o => o.Site.Kind).ThenBy(o => o.Site.Id, StringComparer.Ordinal).Select(o => new PeriodSiteDto(o.Site.Id, o.Site.Kind == FacilityKind.Hub ? "hub" : "plant",
                o.Site.NameEn, o.Site.NameJa, o.Size.Name, o.InputT, !o.Site.Existing && opening[o.Site.Id] == p.Year, o.Site.Existing))])).ToList();
        return new PeriodsDto(Status(rep.Status), rep.Objective, rep.Bound, rep.Gap, rep.Seconds, rep.Start?.Objective, periods,
            r.Appraisal?.Investment, r.Appraisal?.Npv, r.Appraisal?.PaybackYear, r.Appraisal?.DiscountRate);
    }

    private static ParetoPointDto Point(ParetoPoint p) => new(Finite(p.CostJpy), Finite(p.Co2Tonnes), p.Co2Cap, Status(p.Plan.Report.Status));

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;

    private static CostCheckDto Check(CostCheck k) => new(CostMeasureIds.Id(k.Published.Measure), k.ModelJpyPerTonne, k.Published.JpyPerTonne, k.Published.Range?.Low,
        k.Published.Range?.High, k.Published.Source.Source.Value, k.Published.Note, k.Ratio, k.InRange);

    private static SiteDto Site(Facility f, OpenedSite? o) => new(f.Id, f.Kind == FacilityKind.Hub ? "hub" : "plant", f.NameEn, f.NameJa, f.Point.Lat, f.Point.Lon,
        f.Existing, o is not null, o?.Size.Name, o?.Size.CapacityT, o?.InputT);

    private static ArcDto Arc(Flow f) => new(f.From, f.To, f.Stream, f.Mode, f.Tonnes, f.Km);
}
