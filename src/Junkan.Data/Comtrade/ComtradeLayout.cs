using Junkan.Data.Reference;

namespace Junkan.Data.Comtrade;

/// <summary>
/// The columns of a UN Comtrade CSV download, resolved from its header: the current layout (comtradeplus:
/// <c>RefYear, ReporterCode, FlowCode, PartnerCode, PartnerISO, PartnerDesc, CmdCode, NetWgt, PrimaryValue</c>) or the
/// legacy one (<c>Year, Reporter Code, Trade Flow Code</c> or <c>Trade Flow, Partner Code</c> and/or <c>Partner ISO,
/// Commodity Code, Netweight (kg), Trade Value (US$)</c>). Flow: M, 1 or Import = import. Optional columns are null.
/// </summary>
public sealed record ComtradeLayout(
    string Name, string Year, string Reporter, string Flow, string? PartnerCode, string? PartnerIso, string? PartnerName,
    string Code, string NetWeightKg, string ValueUsd, string? Material)
{
    /// <summary>The layout of <paramref name="t"/>'s header; an error naming the file and the first missing column otherwise.</summary>
    public static ComtradeLayout Detect(CsvTable t)
    {
        string? Has(params string[] names) => names.FirstOrDefault(n => t.IndexOfColumn(n) >= 0);
        string Need(string layout, params string[] names) => Has(names) ?? throw new DataFormatException(t.File, 1, names[0],
            $"missing column {string.Join(" or ", names)} of the {layout} Comtrade layout");
        ComtradeLayout l;
        if (Has("CmdCode") is not null)
            l = new("current", Need("current", "RefYear"), Need("current", "ReporterCode"), Need("current", "FlowCode"), Has("PartnerCode"), Has("PartnerISO"),
                Has("PartnerDesc"), "CmdCode", Need("current", "NetWgt"), Need("current", "PrimaryValue", "Cifvalue"), Has("Source.Name"));
        else if (Has("Commodity Code") is not null)
            l = new("legacy", Need("legacy", "Year"), Need("legacy", "Reporter Code"), Need("legacy", "Trade Flow Code", "Trade Flow"), Has("Partner Code"), Has("Partner ISO"),
                Has("Partner"), "Commodity Code", Need("legacy", "Netweight (kg)"), Need("legacy", "Trade Value (US$)"), null);
        else
            throw new DataFormatException(t.File, 1, null,
                "not a UN Comtrade download: the header has neither CmdCode (current layout) nor Commodity Code (legacy layout)");
        return l.PartnerCode is null && l.PartnerIso is null
            ? throw new DataFormatException(t.File, 1, l.Name == "current" ? "PartnerCode" : "Partner Code", $"missing partner column: the {l.Name} layout needs the partner code or ISO column")
            : l;
    }

    /// <summary>Whether the flow cell means import (current: M; legacy: 1 or Import).</summary>
    public static bool IsImport(string flow) => flow.Trim().ToUpperInvariant() is "M" or "1" or "IMPORT" or "IMPORTS";
}
