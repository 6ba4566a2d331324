namespace Junkan.Web.Features.Structure;

/// <summary>A factor as the client sends it.</summary>
public sealed record StructureFactorInput(string? Id, string? LabelJa, string? LabelEn, string? Category);

/// <summary>
/// <c>POST /api/structure</c> as JSON: the factors, one n × n ratings matrix per expert (0..4, diagonal 0; row =
/// influencing factor) and an optional threshold (a number, "mean" or "mean+sd").
/// </summary>
public sealed record StructureInput(IReadOnlyList<StructureFactorInput>? Factors, IReadOnlyList<double[][]>? Experts, string? Threshold = null, string? Name = null);

/// <summary>One factor's result.</summary>
public sealed record StructureFactorDto(string Id, string LabelJa, string LabelEn, string Category, string? Source, double R, double C, double Prominence,
    double Relation, string Group, int Level, int DrivingPower, int Dependence, string Quadrant);

/// <summary>
/// The analysis: name, whether the ratings are an example (not findings) and their source and quality, the
/// threshold and its kind, the factors, the average ratings A and total relation T, the two diagrams (SVG) and the
/// results and ratings editor as the page shows them (HTML, in the request's language).
/// </summary>
public sealed record StructureDto(string Name, bool Example, string RatingsSource, int RatingsQuality, int Experts, double Scale, double Threshold,
    string ThresholdKind, IReadOnlyList<StructureFactorDto> Factors, double[][] Average, double[][] Total, string CauseEffectSvg, string LevelsSvg,
    string ResultsHtml, string EditorHtml);
