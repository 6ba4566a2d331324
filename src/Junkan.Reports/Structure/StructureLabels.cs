using Junkan.Core.Structure;

namespace Junkan.Reports.Structure;

/// <summary>The labels of the structure diagrams and table: the <c>Str_</c> entries of the report resources (Labels.resx, Labels.ja.resx).</summary>
public sealed class StructureLabels(string language)
{
    private readonly Localization.ReportText text = new(language);

    public string Language => text.Language;

    public string this[string key] => text.Optional("Str_" + key) ?? throw new KeyNotFoundException(key);

    public string Group(FactorGroup g) => this[g == FactorGroup.Cause ? "Cause" : "Effect"];

    public string Quadrant(MicmacQuadrant q) => this["Q_" + q];

    public string Threshold(ThresholdKind k) => this[k switch
    {
        ThresholdKind.User => "ThresholdUser",
        ThresholdKind.MeanPlusSd => "ThresholdMeanSd",
        _ => "ThresholdMean",
    }];
}
