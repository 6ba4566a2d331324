namespace Junkan.Core.Risk;

/// <summary>Whether an indicator has a value, does not apply, or lacks data.</summary>
public enum IndicatorStatus
{
    /// <summary>A value was computed from data.</summary>
    Value,
    /// <summary>The indicator does not apply (e.g. Japan imports no rare-earth concentrates).</summary>
    NotApplicable,
    /// <summary>The indicator applies but the data to compute it are missing.</summary>
    NoData,
}
