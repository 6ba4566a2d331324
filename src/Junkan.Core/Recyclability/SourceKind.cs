namespace Junkan.Core.Recyclability;

/// <summary>Where an element can be won back from (docs/methods/recyclability.md).</summary>
public enum SourceKind
{
    /// <summary>End-of-life products and parts (post-consumer): generation from the dynamic stock model where the product has one.</summary>
    EndOfLifeProduct,
    /// <summary>Manufacturing scrap (new scrap): swarf, spent targets, grinding sludge.</summary>
    ProcessScrap,
    /// <summary>
    /// By-products of primary processing (smelter slimes, zinc residues, fly ash, slag of ores, concentrates or fuels):
    /// PRIMARY supply, shown as primary by-product recovery and never counted as recycling. Residues of recycling
    /// processes or used products (spent catalysts) are not this kind.
    /// </summary>
    ByProduct,
    /// <summary>Waste water and sludge: etching liquors, plating baths, brines.</summary>
    WasteWater,
}

/// <summary>The collection scheme that brings a source to recyclers in Japan.</summary>
public enum CollectionRoute
{
    /// <summary>Home Appliance Recycling Law (家電リサイクル法).</summary>
    HomeApplianceLaw,
    /// <summary>Small Home Appliance Recycling Law (小型家電リサイクル法).</summary>
    SmallApplianceLaw,
    /// <summary>End-of-Life Vehicle Recycling Law (自動車リサイクル法).</summary>
    ElvLaw,
    /// <summary>Industrial waste contracts (産業廃棄物).</summary>
    IndustrialWaste,
    /// <summary>Wide-area certification (広域認定制度).</summary>
    WideAreaCertification,
    /// <summary>Municipal waste collection (一般廃棄物: separate collection by municipalities).</summary>
    MunicipalWaste,
    /// <summary>Sewage works (下水道): sludge composted or its P recovered from digested sludge or ash.</summary>
    Sewage,
    /// <summary>No collection route.</summary>
    None,
}
