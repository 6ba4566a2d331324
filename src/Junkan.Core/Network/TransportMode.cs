using Junkan.Core.Citations;

namespace Junkan.Core.Network;

/// <summary>
/// A transport mode (truck, rail, coastal ship): cost per t·km (JPY), handling cost per tonne at both ends (JPY/t),
/// emission factor (kg CO2e per t·km) and the circuity factor that turns a great-circle distance into a route distance.
/// </summary>
public sealed record TransportMode(string Id, double CostJpyPerTonneKm, double HandlingJpyPerTonne, double Co2KgPerTonneKm, double Circuity,
    Provenance CostSource, Provenance Co2Source);
