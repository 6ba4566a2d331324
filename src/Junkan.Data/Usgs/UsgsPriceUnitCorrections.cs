namespace Junkan.Data.Usgs;

/// <summary>
/// Price columns whose name suffix gives the wrong unit, with the unit the USGS metadata (<c>*_meta.xml</c>,
/// <c>attrunit</c>) defines. The MCS column names end in <c>_dt</c> or <c>_t</c> for these series, but USGS prices
/// manganese ore and tungsten concentrate per metric ton unit (10 kg) of content, and zirconium sponge and unwrought
/// hafnium per kilogram. Keyed by USGS commodity code and column name as in the salient CSV.
/// </summary>
public static class UsgsPriceUnitCorrections
{
    /// <summary>One correction: the column, the unit to use, and the metadata text it rests on.</summary>
    public sealed record Correction(string Commodity, string Column, string Unit, string Evidence);

    public static IReadOnlyList<Correction> All { get; } =
    [
        new("manga", "Price_CN_CIF_dt", "USD/mtu", "mcs2023/mcs2024-manga_meta.xml: 'dollars per metric ton unit' (manganese content, 44 % Mn ore)"),
        new("tungs", "Price_WO3_dt", "USD/mtu", "mcs2023/mcs2024-tungs_meta.xml: 'dollars per dry metric ton unit of tungsten trioxide'"),
        new("tungs", "Price_WO3dt", "USD/mtu", "mcs2024-tungs_meta.xml (label Price_WO3_dt): 'dollars per dry metric ton unit of tungsten trioxide'"),
        new("zirco", "Price_Zircon_sponge_CN_t", "USD/kg", "mcs2024-zirco_meta.xml (label Price_Zircon_sponge_CN_dkg): 'dollars per kilogram'"),
        new("zirco", "Price_Hf_unwrought_t", "USD/kg", "mcs2024-zirco_meta.xml (label Price_dt_Hf_unwrought): 'Hafnium, unwrought, dollars per kilogram'"),
    ];

    /// <summary>The corrected unit of <paramref name="column"/> in a salient file of <paramref name="commodity"/>, or null when the column name is right.</summary>
    public static Correction? Find(string commodity, string column) =>
        All.FirstOrDefault(c => c.Commodity == commodity && c.Column == column);
}
