using System.Globalization;
using Junkan.Core.Recyclability;
using Junkan.Core.Risk;

namespace Junkan.Core.Flows;

/// <summary>
/// Indicator ⑥ from Japan's own element flow system: s(t) = R_eol(t) / D(t), the metal recovered in Japan from
/// end-of-life products over domestic demand, at the central values (METI's 内需量に対する二次原料調達率, seed 002).
/// New scrap is left out, as in the EU EOL-RIR (docs/methods/flows.md §6); the share with new scrap is stated in a note.
/// </summary>
public static class FlowSecondarySupply
{
    /// <summary>The share in <paramref name="year"/> (null when the system does not reach back to it or has no demand).</summary>
    /// <param name="reference">A figure of another basis to show beside it (the EU EOL-RIR), or null.</param>
    public static SecondarySupply? Of(ElementFlowModel model, int year, SecondarySupply? reference)
    {
        if (year < StartYear(model)) return null;
        var o = model.Evaluate(CentralValues.Instance, year, year);
        if (o.Demand <= 0) return null;
        double share = Math.Clamp(o.RecoveredEndOfLife / o.Demand, 0, 1);
        var inv = CultureInfo.InvariantCulture;
        var notes = new List<string>
        {
            string.Create(inv, $"Japan's flow system {year}: recovered from end-of-life products {o.RecoveredEndOfLife:N0} t ÷ demand {o.Demand:N0} t (central values; {string.Join(", ", Bases(model, year))})."),
            string.Create(inv, $"With new (process) scrap returned: {o.RecoveredToday / o.Demand:P0}. Imported scrap and e-scrap processed in Japan are not counted."),
        };
        return new SecondarySupply(share, year, [.. o.Sources.Order(StringComparer.Ordinal)]) { Reference = reference, Notes = notes };
    }

    private static int StartYear(ElementFlowModel model) => model.Inputs is { } i
        ? i.FirstDataYear - DemandHistory.SpinUpYears(i)
        : model.Members.Max(StartYear);

    private static IEnumerable<string> Bases(ElementFlowModel model, int year) =>
        (model.Inputs is { } i ? [DemandHistory.Basis(i, year)] : model.Members.Select(m => DemandHistory.Basis(m.Inputs!, year)))
        .Distinct().Select(b => b switch
        {
            DemandBasis.BackCast => "demand back-cast before the first published year",
            DemandBasis.Published => "demand published for the year",
            DemandBasis.Interpolated => "demand interpolated between published years",
            _ => "demand projected after the last published year",
        });
}
