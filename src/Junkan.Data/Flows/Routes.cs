using Junkan.Core.Recyclability;
using Junkan.Data.Reference;

namespace Junkan.Data.Flows;

/// <summary>The collection routes as written in the data tables.</summary>
internal static class Routes
{
    private static readonly Dictionary<string, CollectionRoute> Names = new(StringComparer.Ordinal)
    {
        ["home_appliance_law"] = CollectionRoute.HomeApplianceLaw,
        ["small_appliance_law"] = CollectionRoute.SmallApplianceLaw,
        ["elv_law"] = CollectionRoute.ElvLaw,
        ["industrial_waste"] = CollectionRoute.IndustrialWaste,
        ["wide_area_certification"] = CollectionRoute.WideAreaCertification,
        ["municipal_waste"] = CollectionRoute.MunicipalWaste,
        ["sewage"] = CollectionRoute.Sewage,
        ["none"] = CollectionRoute.None,
    };

    public static CollectionRoute Parse(CsvRow row, string column) =>
        Names.TryGetValue(row.Required(column), out var r) ? r : throw row.Error(column, $"'{row.Text(column)}': write {string.Join(", ", Names.Keys)}");

    public static string Name(CollectionRoute route) => Names.First(n => n.Value == route).Key;
}
