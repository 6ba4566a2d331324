namespace Junkan.Reports;

/// <summary>Marker for the Junkan.Reports assembly.</summary>
public static class ReportsAssembly;
