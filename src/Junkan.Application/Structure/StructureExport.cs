using Junkan.Core.Inputs;
using Junkan.Reports.Structure;

namespace Junkan.Application.Structure;

/// <summary>Writes the cause-effect diagram (FILE.svg) and the ISM level diagram (FILE.levels.svg) in ja or en.</summary>
public static class StructureExport
{
    public static string CauseEffect(StructureResult r, string language) => CauseEffectDiagram.Render(r.Analysis, Labels(language), r.Case.IsExample);

    public static string Levels(StructureResult r, string language) => IsmLevelDiagram.Render(r.Analysis, r.Initial, Labels(language), r.Case.IsExample);

    /// <summary>Writes both diagrams; returns the two paths written.</summary>
    public static (string CauseEffect, string Levels) Write(StructureResult r, string path, string language)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) throw new UsageException("--svg", $"--svg {path}: write FILE.svg (the ISM levels go to FILE.levels.svg)");
        string levels = path[..^4] + ".levels.svg";
        try
        {
            File.WriteAllText(path, CauseEffect(r, language));
            File.WriteAllText(levels, Levels(r, language));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UsageException("--svg", $"--svg {path}: cannot write: {e.Message}"); }
        return (path, levels);
    }

    private static StructureLabels Labels(string language) =>
        language is "ja" or "en" ? new StructureLabels(language) : throw new UsageException("--lang", $"--lang {language}: write ja or en");
}
