using Junkan.Core.Citations;

namespace Junkan.Core.Flows;

/// <summary>
/// One flow of a system in t/y for each year of the system (index = year − first year), optionally for one use
/// (the use dimension), with the source ids of the figures it is computed from.
/// </summary>
public sealed record Flow(ProcessId From, ProcessId To, FlowKind Kind, string? Use, double[] Values, IReadOnlyList<SourceId> Sources)
{
    /// <summary>The flow in year index <paramref name="t"/> (t/y).</summary>
    public double this[int t] => Values[t];
}

/// <summary>The stock held by a process (t at year end), optionally for one use.</summary>
public sealed record ProcessStock(ProcessId Process, string? Use, double[] Values);
