using Junkan.Application.Flows;
using Junkan.Core.Flows;

namespace Junkan.Web.Features.Flows;

/// <summary>An element with a flow system (a group lists its members, each with its own system) and its first data year.</summary>
public sealed record FlowTargetDto(string Element, IReadOnlyList<string> Members, int FirstYear, int LastYear);

/// <summary>The flow systems of one request (<c>/api/flows/{element}</c>): t/y of element, stocks in t.</summary>
public sealed record FlowsDto(string Element, string Scenario, int Draws, int Year, IReadOnlyList<FlowSystemDto> Systems);

/// <summary>
/// One element's system: boundary, years, the year shown with its demand basis, the share of per-use parameters from
/// published figures (coverage), the in-use stock (t), the worst relative balance residual over all years, and the
/// flows, stocks, balance of the year and the totals of every year.
/// </summary>
public sealed record FlowSystemDto(string Element, string Name, string Boundary, int FirstYear, int LastYear, int Year, string DemandBasis,
    double Coverage, double InUseStockT, double MaxRelativeResidual, IReadOnlyList<ProcessDto> Processes, IReadOnlyList<FlowDto> Flows,
    IReadOnlyList<StockDto> Stocks, IReadOnlyList<BalanceDto> Balance, IReadOnlyList<TotalsDto> Totals);

/// <summary>A process: id, kind (boundary, transformation, stock) and names.</summary>
public sealed record ProcessDto(string Id, string Kind, string NameEn, string NameJa);

/// <summary>One flow in the year shown, t/y, with the 5th and 95th percentile of the draws and the source ids.</summary>
public sealed record FlowDto(string From, string To, string Kind, string? Use, double ValueT, double LowT, double HighT, IReadOnlyList<string> Sources);

/// <summary>A stock at the end of the year shown, t (per use where the system has the use dimension).</summary>
public sealed record StockDto(string Process, string? Use, double StockT);

/// <summary>The mass balance of a process in the year shown, t/y: residual = input − output − stock change.</summary>
public sealed record BalanceDto(string Process, double InputT, double OutputT, double StockChangeT, double ResidualT);

/// <summary>
/// The totals of one year, t/y (in-use stock t): demand, in-use stock, end of life, recovered (from end-of-life
/// products and new scrap), exported used products, dissipated, primary input, achievable recovery.
/// </summary>
public sealed record TotalsDto(int Year, string DemandBasis, double DemandT, double InUseStockT, double EndOfLifeT, double RecoveredT,
    double RecoveredEndOfLifeT, double RecoveredNewScrapT, double ExportedT, double DissipatedT, double PrimaryInputT, double AchievableT);

/// <summary>Builds the DTOs of a <see cref="FlowResult"/>.</summary>
internal static class FlowDtoMapping
{
    public static FlowsDto Of(FlowResult r) =>
        new(r.Element, Snake(r.Scenario.ToString()), r.Draws, r.Systems[0].Year, [.. r.Systems.Select(System)]);

    private static FlowSystemDto System(ElementFlows e)
    {
        var sys = e.System.System;
        int t = sys.IndexOf(e.Year);
        var flows = sys.Flows.Select((f, i) => new FlowDto(f.From.Value, f.To.Value, Snake(f.Kind.ToString()), f.Use, f[t], e.Low[i], e.High[i],
            [.. f.Sources.Select(s => s.Value)])).ToArray();
        var stocks = sys.Stocks.Select(s => new StockDto(s.Process.Value, s.Use, s.Values[t])).ToArray();
        var balance = sys.Balance(t, t == 0 ? e.System.OpeningStock : null)
            .Select(b => new BalanceDto(b.Process.Value, b.Input, b.Output, b.StockChange, b.Residual)).ToArray();
        var totals = Enumerable.Range(sys.FirstYear, sys.Years).Select(y => Totals(e.System.TotalsIn(y))).ToArray();
        var processes = sys.Processes.Select(p => new ProcessDto(p.Id.Value, Snake(p.Kind.ToString()), p.NameEn, p.NameJa)).ToArray();
        return new FlowSystemDto(e.System.Inputs.Element.Value, sys.Name, sys.Boundary, sys.FirstYear, sys.LastYear, e.Year,
            Snake(e.System.TotalsIn(e.Year).Basis.ToString()), e.Coverage, sys.StockOf(ElementProcesses.Use, t), e.System.MaxRelativeResidual,
            processes, flows, stocks, balance, totals);
    }

    private static TotalsDto Totals(FlowTotals x) => new(x.Year, Snake(x.Basis.ToString()), x.Demand, x.InUseStock, x.EndOfLife, x.RecoveredToday,
        x.RecoveredEndOfLife, x.RecoveredNewScrap, x.Exported, x.Dissipated, x.PrimaryInput, x.Achievable);

    /// <summary>An enum name in snake_case (EndOfLife → end_of_life), as the CLI's JSON writes it.</summary>
    public static string Snake(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
