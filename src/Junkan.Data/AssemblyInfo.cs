namespace Junkan.Data;

/// <summary>Marker for the Junkan.Data assembly.</summary>
public static class DataAssembly;
