using Junkan.Core.Inputs;
using Junkan.Core.Structure;
using Junkan.Data.Structure;

namespace Junkan.Application.Structure;

/// <summary>The structure analysis of one case with ISM's initial reachability matrix (T ≥ θ, or the file's own matrix).</summary>
public sealed record StructureResult(StructureCase Case, StructureAnalysis Analysis, bool[,] Initial)
{
    /// <summary>The threshold θ the map and ISM used.</summary>
    public double Threshold => Analysis.Dematel.Threshold;
}

/// <summary>
/// Use case: the structure of the issues. Reads a structure file (or its text, or parts a front end collected),
/// runs DEMATEL and ISM (docs/methods/structure.md) with the threshold of the request, else of the file, else the
/// mean of T.
/// </summary>
public static class IssueStructure
{
    /// <summary>The bundled example (Li-ion batteries and e-scrap; ratings labelled as an example).</summary>
    public static string ExamplePath(string dataFolder) => Path.Combine(dataFolder, "structure", "lib-issues-example.yaml");

    /// <param name="threshold">θ: a number, "mean" (of T) or "mean+sd"; null = the file's, else the mean of T.</param>
    public static StructureResult Run(string file, string? threshold = null) => Analyse(StructureFileLoader.Load(file), threshold, "--threshold");

    /// <summary>The same on the text of a file (an upload); <paramref name="name"/> is the name the messages give.</summary>
    public static StructureResult Run(string name, string text, string? threshold) => Analyse(StructureFileLoader.Parse(name, text), threshold, "threshold");

    /// <summary>Analyses a case built by the caller; <paramref name="thresholdPlace"/> names the option or field of a bad threshold.</summary>
    public static StructureResult Analyse(StructureCase c, string? threshold, string thresholdPlace = "threshold")
    {
        ArgumentNullException.ThrowIfNull(c);
        var (value, rule) = threshold is null ? (c.Threshold, c.ThresholdRule) : ParseThreshold(threshold, thresholdPlace);
        var a = StructureAnalysis.Run(c.Ratings, value, c.Reachability, rule);
        return new StructureResult(c, a, c.Reachability ?? Ism.Initial(a.Dematel));
    }

    /// <summary>"mean", "mean+sd" or a finite number >= 0.</summary>
    public static (double? Value, ThresholdKind Rule) ParseThreshold(string text, string place)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == "mean") return (null, ThresholdKind.MeanOfTotalRelation);
        if (text == "mean+sd") return (null, ThresholdKind.MeanPlusSd);
        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var t) && double.IsFinite(t) && t >= 0
            ? (t, ThresholdKind.User)
            : throw new UsageException(place, $"{place} {text}: write a number >= 0 (entries of T are of the order 0.01-1), 'mean' or 'mean+sd'");
    }
}
