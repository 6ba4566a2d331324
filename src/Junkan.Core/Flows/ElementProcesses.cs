namespace Junkan.Core.Flows;

/// <summary>The processes of an element's flow system of Japan (docs/methods/flows.md §2), with their labels.</summary>
public static class ElementProcesses
{
    public static readonly ProcessId Outside = new("outside");
    public static readonly ProcessId PrimarySupply = new("primary_supply");
    public static readonly ProcessId Fabrication = new("fabrication");
    public static readonly ProcessId Use = new("use");
    public static readonly ProcessId EndOfLife = new("end_of_life");
    public static readonly ProcessId Recycling = new("recycling");
    public static readonly ProcessId Disposal = new("disposal");
    public static readonly ProcessId Environment = new("environment");

    /// <summary>The eight processes in the order a Sankey diagram draws them, left to right.</summary>
    public static IReadOnlyList<Process> All { get; } =
    [
        new(Outside, ProcessKind.Boundary, "Outside Japan (imports, exports)", "国外（輸入・輸出）"),
        new(PrimarySupply, ProcessKind.Transformation, "Primary supply (ores, concentrates, refined metal)", "一次供給（鉱石・精鉱・地金）"),
        new(Fabrication, ProcessKind.Transformation, "Fabrication and manufacturing", "素材加工・製品製造"),
        new(Use, ProcessKind.Stock, "In use (stock)", "使用中（ストック）"),
        new(EndOfLife, ProcessKind.Transformation, "End of life (discard)", "使用済み（排出）"),
        new(Recycling, ProcessKind.Transformation, "Pre- and end-processing (recycling)", "前処理・製錬（リサイクル）"),
        new(Disposal, ProcessKind.Stock, "Landfill and incineration", "埋立・焼却"),
        new(Environment, ProcessKind.Stock, "Dissipated to the environment", "散逸（環境中）"),
    ];
}
