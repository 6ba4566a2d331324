namespace Junkan.Reports.Network;

/// <summary>The labels of the network section: the <c>Net_</c> entries of the report resources (Labels.resx, Labels.ja.resx).</summary>
public sealed class NetworkLabels
{
    private readonly Localization.ReportText text;

    public NetworkLabels(string language) => text = new Localization.ReportText(language);

    public string Language => text.Language;

    public string this[string key] => text.Optional("Net_" + key) ?? throw new KeyNotFoundException(key);

    public string Name(Core.Network.Facility f) => Language == "ja" ? f.NameJa : f.NameEn;

    /// <summary>A transport mode's label (truck, rail, ship); an unknown mode id as written.</summary>
    public string Mode(string id) => text.Optional("Net_Mode_" + id) ?? id;
}
