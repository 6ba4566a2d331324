namespace Junkan.Core.Risk;

/// <summary>How a country's instability g (0 best .. 1 worst) is derived from its WGI estimates.</summary>
public enum CountryStabilityMethod
{
    /// <summary>EU style (JRC 2017 guidelines): g = (2.5 − mean of the six WGI estimates) · 2 / 10. Default.</summary>
    EuWgiMean,
    /// <summary>Political stability only, as in the GeoPolRisk method: g = (2.5 − PV) / 5.</summary>
    PoliticalStabilityOnly,
}
