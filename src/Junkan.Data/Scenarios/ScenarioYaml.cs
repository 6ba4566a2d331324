using Junkan.Core.Inputs;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Junkan.Data.Scenarios;

/// <summary>
/// Parses scenario YAML safely: a first pass over the parser's events refuses nesting deeper than
/// <see cref="InputLimits.MaxNestingDepth"/> (the node builder recurses per level and would overflow the stack) and
/// anchors or aliases (a scenario has no use for them; aliases allow exponential expansion); then the document is built.
/// Syntax errors name the line where the parser found them.
/// </summary>
internal static class ScenarioYaml
{
    public static YamlStream Parse(string file, string text)
    {
        try
        {
            CheckShape(file, text);
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            return yaml;
        }
        catch (YamlException e) { throw new DataFormatException(file, Line(e), null, $"not valid YAML: {Reason(e)}"); }
        catch (Exception e) when (e is not (YamlException or InputException) && ThrownByYamlDotNet(e))
        {
            // YamlDotNet 18 throws InvalidOperationException or ArgumentException instead of a YamlException on some
            // malformed text (a plain scalar cut short, a tag "!!]"; found by the random-bytes property test): the text is
            // not valid YAML, so it is the file's error, not Junkan's.
            throw new DataFormatException(file, null, null, $"not valid YAML: {e.Message}");
        }
    }

    private static bool ThrownByYamlDotNet(Exception e) =>
        e.TargetSite?.DeclaringType?.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true;

    private static void CheckShape(string file, string text)
    {
        CheckIndentation(file, text);
        var parser = new Parser(new StringReader(text));
        int depth = 0;
        while (parser.MoveNext())
        {
            var ev = parser.Current!;
            int line = (int)ev.Start.Line;
            if (ev is AnchorAlias || ev is NodeEvent { Anchor.IsEmpty: false })
                throw new DataFormatException(file, line, null, "anchors and aliases (& and *) are not allowed in a scenario");
            if (ev is SequenceStart or MappingStart && ++depth > InputLimits.MaxNestingDepth)
                throw new DataFormatException(file, line, null, $"nested deeper than the limit of {InputLimits.MaxNestingDepth} levels");
            if (ev is SequenceEnd or MappingEnd) depth--;
        }
    }

    /// <summary>
    /// Refuses a tab in the indentation of a line, at that line (YAML forbids tabs there, and the parser reports the
    /// error at the start of the enclosing mapping, lines earlier).
    /// </summary>
    private static void CheckIndentation(string file, string text)
    {
        int line = 1;
        bool indent = true;
        foreach (char c in text)
        {
            if (c == '\n') { line++; indent = true; }
            else if (c == '\t' && indent) throw new DataFormatException(file, line, null, "a tab in the indentation: YAML indents with spaces");
            else if (c is not (' ' or '\r')) indent = false;
        }
    }

    /// <summary>The line of a YAML error (YamlDotNet counts from 1); a scanner error may carry the real place only in its inner exception.</summary>
    private static int Line(YamlException e) =>
        (int)(e.InnerException is YamlException inner && inner.Start.Line > e.Start.Line ? inner.Start.Line : e.Start.Line);

    private static string Reason(YamlException e) => (e.InnerException as YamlException)?.Message ?? e.Message;
}
