namespace Junkan.Core.Flows;

/// <summary>What a process is to the mass balance (ODYM/flodym, STAN vocabulary).</summary>
public enum ProcessKind
{
    /// <summary>Outside the system boundary (the rest of the world): imports come from it, exports go to it; not balanced.</summary>
    Boundary,
    /// <summary>Transforms or distributes without holding material: Σ in = Σ out every year.</summary>
    Transformation,
    /// <summary>Holds a stock: Σ in − Σ out = Δ stock every year (in-use stock, landfill, the environment).</summary>
    Stock,
}

/// <summary>A process of a flow system with its labels in English and Japanese.</summary>
public sealed record Process(ProcessId Id, ProcessKind Kind, string NameEn, string NameJa);
