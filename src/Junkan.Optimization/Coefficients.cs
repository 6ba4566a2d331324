using Junkan.Core.Network;

namespace Junkan.Optimization;

/// <summary>Per-tonne cost (JPY/t) and CO2e (t/t) of the flow variables; the same terms as <see cref="PlanAccounting"/>.</summary>
internal static class Coefficients
{
    public static double CollectCost(NetworkCase c, CollectArc a) =>
        PlanAccounting.TransportCost(c.Mode("truck"), 1, a.Km) + a.Hub.VariableJpyPerTonne;

    public static double CollectCo2(NetworkCase c, CollectArc a) =>
        PlanAccounting.TransportCo2(c.Mode("truck"), 1, a.Km) + a.Hub.EnergyKwhPerTonne * c.Economics.GridKgPerKwh / 1000;

    public static double ShipCost(NetworkCase c, ShipArc a) =>
        PlanAccounting.TransportCost(a.Mode, 1, a.Km) + a.Plant.VariableJpyPerTonne
        - PerTonne(a, e => c.Element(e)?.RevenueJpyPerTonne ?? 0);

    public static double ShipCo2(NetworkCase c, ShipArc a) =>
        PlanAccounting.TransportCo2(a.Mode, 1, a.Km) + a.Plant.EnergyKwhPerTonne * c.Economics.GridKgPerKwh / 1000
        - PerTonne(a, e => c.Element(e)?.AvoidedCo2PerTonne ?? 0);

    /// <summary>Σ over the stream's elements of (t recovered per t shipped) × value.</summary>
    private static double PerTonne(ShipArc a, Func<string, double> value) =>
        a.Stream.Elements.Sum(e => e.OutputContent(a.Stream.HubYield) * a.Plant.Recovery.GetValueOrDefault(e.Element) * value(e.Element));
}
