using Junkan.Application;

namespace Junkan.Benchmarks;

/// <summary>The bundled data the benchmarks run on, located by the application's <see cref="DataCatalogue"/>.</summary>
internal static class RepoPaths
{
    public static DataCatalogue Catalogue { get; } = DataCatalogue.Locate();

    public static string Reference => Catalogue.ReferenceFolder;
    public static string Raw(params string[] parts) => Path.Combine([Catalogue.RawFolder, .. parts]);
}
