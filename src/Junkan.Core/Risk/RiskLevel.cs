namespace Junkan.Core.Risk;

/// <summary>Risk level of an indicator, as on METI's radar charts.</summary>
public enum RiskLevel
{
    Low = 1,
    Mid = 2,
    High = 3,
}
