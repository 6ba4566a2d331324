using ClosedXML.Excel;
using Junkan.Core.Network;
using Junkan.Reports.Network;

namespace Junkan.Reports.Excel;

/// <summary>
/// The network plans of the bundled national cases as two sheets: one row per case and stream (solver status, gap,
/// supply and the published figure, cost, revenue, CO2e, sites opened; no wall-clock seconds, so reruns give the same bytes) and one row per opened site (kind, size, input).
/// Money in JPY/y, tonnes per year, CO2e in t/y.
/// </summary>
internal static class NetworkSheets
{
    public static void Write(XLWorkbook wb, IReadOnlyList<NetworkReport> networks, string language)
    {
        if (networks.Count == 0) return;
        var t = new NetworkLabels(language);
        Plans(wb, networks, t);
        Sites(wb, networks, t);
    }

    private static void Plans(XLWorkbook wb, IReadOnlyList<NetworkReport> networks, NetworkLabels t)
    {
        var s = new SheetWriter(wb, t["SheetPlans"], t["Case"], t["Status"], "solver", t["Gap"], t["Objective"], t["Stream"], t["Year"], t["SupplyTotal"],
            t["Basis"], t["PublishedShort"], t["Ratio"], t["CostNet"], t["Revenue"], t["RevenueUpper"], t["Co2Net"], t["Hubs"], t["Plants"]);
        foreach (var r in networks)
        {
            var rep = r.Plan.Report;
            var revenue = PlanAccounting.Revenue(r.Case, r.Plan);
            var rows = r.Supply.Count == 0 ? [null] : r.Supply.Select(x => (SupplyBasis?)x).ToList();
            foreach (var x in rows)
            {
                var p = x is { Published.Count: > 0 } ? x.Published[0] : null;
                s.Add(r.Case.NameIn(t.Language), t[rep.Status.ToString()], rep.Solver, rep.Gap, rep.Objective is double o && rep.Minimised == PlanObjective.Cost ? o / 1e6 : null,
                    x?.Stream, x?.Year, x?.Tonnes, x?.Basis, p?.Tonnes, p is null || x is null ? null : x.Tonnes / p.Tonnes,
                    r.Cost?.Total / 1e6, r.Cost?.Revenue / 1e6, rep.HasPlan ? revenue.Sum(v => v.UpperBoundJpy) / 1e6 : null, r.Co2?.Net,
                    r.Plan.Opened.Count(o => o.Site.Kind == FacilityKind.Hub), r.Plan.Opened.Count(o => o.Site.Kind == FacilityKind.Plant));
            }
        }
    }

    private static void Sites(XLWorkbook wb, IReadOnlyList<NetworkReport> networks, NetworkLabels t)
    {
        var s = new SheetWriter(wb, t["SheetSites"], t["Case"], t["Kind"], "id", t["Site"], t["Size"], t["Input"], t["Capacity"], t["Existing"], "source");
        foreach (var r in networks)
            foreach (var o in r.Plan.Opened.OrderBy(o => o.Site.Kind).ThenByDescending(o => o.InputT).ThenBy(o => o.Site.Id, StringComparer.Ordinal))
                s.Add(r.Case.NameIn(t.Language), t[o.Site.Kind.ToString()], o.Site.Id, t.Name(o.Site), o.Size.Name, o.InputT, o.Size.CapacityT, o.Site.Existing ? t["Existing"] : "", string.Join("; ", o.Site.CostSourceIds));
    }
}
