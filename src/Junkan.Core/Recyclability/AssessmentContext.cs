namespace Junkan.Core.Recyclability;

/// <summary>
/// What an assessment needs besides the element's own data: the assessment year and forecast year, the end-of-life
/// flows of modelled products (one scenario) and the supply-risk score per element (0..1, from the six indicators).
/// </summary>
public sealed record AssessmentContext(int Year, int ForecastYear, ProductElementFlows Flows, IReadOnlyDictionary<string, double> SupplyRisk);
