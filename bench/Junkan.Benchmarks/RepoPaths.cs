namespace Junkan.Benchmarks;

/// <summary>Finds the repository (Junkan.slnx) above the working folder or the benchmark binaries.</summary>
internal static class RepoPaths
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Junkan.slnx"))) return d.FullName;
        throw new DirectoryNotFoundException("Junkan.slnx not found: run the benchmarks from the repository");
    }

    public static string Reference => Path.Combine(Root(), "data", "reference");
    public static string Raw(params string[] parts) => Path.Combine([Root(), "data", "raw", .. parts]);
}
