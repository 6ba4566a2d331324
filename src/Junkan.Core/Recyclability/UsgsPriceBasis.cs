namespace Junkan.Core.Recyclability;

/// <summary>
/// What one USGS Mineral Commodity Summaries price series of an element prices, read from the USGS attribute
/// definition of the salient-statistics file (mcs2023/mcs2024 <c>*_salient</c> metadata): the unit the series has in
/// data/reference/prices.csv (<see cref="ImportedUnit"/>, taken by the importer from the column name), the unit USGS
/// defines (<see cref="Unit"/>; differs for the per-mtu prices of WO3 and manganese ore), and the priced material:
/// the element itself (its metal, or "per tonne of element content"), a compound by formula (e.g. Nd2O3), or a
/// mineral product by gross weight whose element content the series does not give (then no price follows).
/// </summary>
public sealed record UsgsPriceBasis(string Element, string Series, string ImportedUnit, string Unit, string Material, string Definition)
{
    /// <summary>The described series (element, series name as in prices.csv): every price series of risk_series.csv.</summary>
    public static IReadOnlyList<UsgsPriceBasis> All { get; } =
    [
        new("Bi", "Price_Average_dlb", "USD/lb", "USD/lb", "Bi", "bismuth metal, 99.99 %, Rotterdam, USD per pound"),
        new("Co", "Price_LME_dlb", "USD/lb", "USD/lb", "Co", "cobalt, London Metal Exchange cash, USD per pound"),
        new("Cr", "Price_Ferrrochromium_dt", "USD/t", "USD/t", "Cr", "ferrochromium import unit value, USD per tonne of chromium content (MCS 2023)"),
        new("Cu", "Price_LME_ctslb", "US cents/lb", "US cents/lb", "Cu", "copper grade A, London Metal Exchange cash, US cents per pound"),
        new("F", "Price_Acid_dt", "USD/t", "USD/t", "acid-grade fluorspar (gross weight)", "acid-grade fluorspar import unit value, USD per tonne of fluorspar; no fluorine content given"),
        new("Ga", "Price_High-purity_dkg", "USD/kg", "USD/kg", "Ga", "high-purity refined gallium metal, import unit value, USD per kilogram"),
        new("Ge", "Price_GeO2_dkg", "USD/kg", "USD/kg", "GeO2", "germanium dioxide, 99.999 %, European price, USD per kilogram of GeO2"),
        new("Graphite", "Price_Flake_dt", "USD/t", "USD/t", "Graphite", "flake natural graphite import unit value, USD per tonne of graphite"),
        new("I", "Price_Crude_CIF_dkg", "USD/kg", "USD/kg", "I", "crude iodine import unit value (CIF), USD per kilogram"),
        new("In", "Price_FOB_dkg", "USD/kg", "USD/kg", "In", "indium metal, 99.99 %, US warehouse FOB, USD per kilogram"),
        new("Li", "Price_dt", "USD/t", "USD/t", "Li2CO3", "battery-grade lithium carbonate, contract price, USD per tonne of Li2CO3"),
        new("Mg", "Price_European_dt", "USD/t", "USD/t", "Mg", "magnesium metal, European free market, USD per tonne"),
        new("Mn", "Price_CN_CIF_dt", "USD/mtu", "USD/mtu", "Mn", "metallurgical ore (44 % Mn), CIF China, USD per metric ton unit (10 kg) of manganese content"),
        new("Mo", "Price_dkg", "USD/kg", "USD/kg", "Mo", "molybdenum contained in technical-grade molybdic oxide, USD per kilogram of Mo"),
        new("Ni", "Price_LME_dt", "USD/t", "USD/t", "Ni", "nickel, London Metal Exchange cash, USD per tonne"),
        new("P", "Price_dt", "USD/t", "USD/t", "phosphate rock (gross weight, all grades)", "marketable phosphate rock, all grades, FOB mine, USD per tonne of rock; no phosphorus content given"),
        new("REE", "Price_Nd2O3_dkg", "USD/kg", "USD/kg", "Nd2O3", "neodymium oxide, 99.5 %: the price of one member, not of the rare earths as a group"),
        new("Sb", "Price_Metal_dlb", "USD/lb", "USD/lb", "Sb", "antimony metal, 99.65 %, CIF, USD per pound"),
        new("Se", "Price_Europe_dlb", "USD/lb", "USD/lb", "Se", "selenium powder, 99.5 %, Rotterdam, USD per pound"),
        new("Si", "Price_Si_ctslb", "US cents/lb", "US cents/lb", "Si", "silicon metal, metallurgical grade, US cents per pound of silicon"),
        new("Ta", "Price_Ta2O5_dkg", "USD/kg", "USD/kg", "Ta2O5", "tantalite, USD per kilogram of Ta2O5 content"),
        new("Te", "Price_Europe_dkg", "USD/kg", "USD/kg", "Te", "tellurium, 99.99 %, Rotterdam, USD per kilogram"),
        new("Ti", "Price_Ilmenite_dt", "USD/t", "USD/t", "ilmenite concentrate (gross weight)", "ilmenite import unit value, USD per tonne of concentrate; no titanium content given"),
        new("V", "Price_V2O5_dlb", "USD/lb", "USD/lb", "V2O5", "vanadium pentoxide, Chinese average, USD per pound of V2O5"),
        new("W", "Price_WO3dt", "USD/mtu", "USD/mtu", "WO3", "concentrate, Rotterdam, USD per dry metric ton unit (10 kg) of WO3; USGS: one mtu of WO3 contains 7.93 kg of tungsten"),
        new("W", "Price_WO3_dt", "USD/mtu", "USD/mtu", "WO3", "concentrate, Rotterdam, USD per dry metric ton unit (10 kg) of WO3 (MCS 2023 column name)"),
        new("Y", "Price_Metal_dkg", "USD/kg", "USD/kg", "Y", "yttrium metal, 99.9 %, FOB China, USD per kilogram"),
        new("Zr", "Price_Zircon_imported_t", "USD/t", "USD/t", "zircon concentrate (gross weight)", "imported zircon unit value, USD per tonne gross weight; no zirconium content given"),
        new("Nd", "Price_Nd2O3_dkg", "USD/kg", "USD/kg", "Nd2O3", "neodymium oxide, 99.5 %, USD per kilogram of Nd2O3"),
        new("Dy", "Price_Dy2O3_dkg", "USD/kg", "USD/kg", "Dy2O3", "dysprosium oxide, 99.5 %, USD per kilogram of Dy2O3"),
        new("Tb", "Price_TbO2_dkg", "USD/kg", "USD/kg", "TbO2", "terbium oxide, 99.99 %, USD per kilogram, converted as TbO2 as the series names it"),
        new("La", "Price_La2O3_dkg", "USD/kg", "USD/kg", "La2O3", "lanthanum oxide, 99.5 %, USD per kilogram of La2O3"),
        new("Ce", "Price_CeO2_dkg", "USD/kg", "USD/kg", "CeO2", "cerium oxide, 99.5 %, USD per kilogram of CeO2"),
    ];

    /// <summary>The description of <paramref name="series"/> for <paramref name="element"/>, or null when it is not described.</summary>
    public static UsgsPriceBasis? Find(string element, string series) =>
        All.FirstOrDefault(b => b.Element == element && b.Series == series);
}
