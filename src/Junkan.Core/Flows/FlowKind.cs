namespace Junkan.Core.Flows;

/// <summary>
/// The meaning of a flow in an element's system of Japan (docs/methods/flows.md), which decides what it counts for:
/// only <see cref="RecoveredEndOfLife"/> and <see cref="RecoveredNewScrap"/> are recycling; by-product output from
/// imported concentrates is part of <see cref="PrimaryInput"/>, never recycling.
/// </summary>
public enum FlowKind
{
    /// <summary>Primary supply: imports of ores, concentrates and refined metal and domestic smelting (t/y).</summary>
    PrimaryInput,
    /// <summary>Primary supply handed to fabrication.</summary>
    PrimarySupply,
    /// <summary>Fabricated goods entering Japan's in-use stock, by use.</summary>
    ToUse,
    /// <summary>Fabricated goods exported inside products (cars, electronics, cathode materials), by use.</summary>
    ProductExport,
    /// <summary>Fabrication and manufacturing scrap (new scrap) sent to recycling.</summary>
    NewScrap,
    /// <summary>End-of-life outflow of the in-use stock, by use.</summary>
    EndOfLife,
    /// <summary>Outflow of a dissipative use into the environment, by use.</summary>
    Dissipation,
    /// <summary>End-of-life products or scrap exported (used cars, e-scrap, scrap metal), by use.</summary>
    UsedProductExport,
    /// <summary>End-of-life flow collected for recycling through its route, by use.</summary>
    Collected,
    /// <summary>End-of-life flow not collected: landfill and incineration, by use.</summary>
    Uncollected,
    /// <summary>Losses of pre- and end-processing to disposal.</summary>
    RecyclingLoss,
    /// <summary>Element recovered from end-of-life products, returned to fabrication.</summary>
    RecoveredEndOfLife,
    /// <summary>Element recovered from new scrap, returned to fabrication.</summary>
    RecoveredNewScrap,
    /// <summary>Recovered element beyond fabrication's demand, exported as secondary material.</summary>
    SecondaryExport,
}
