using System.Text;
using System.Text.Json;
using Junkan.Application;
using Junkan.Application.Policy;
using Junkan.Core.Policy;
using Junkan.Data;
using Junkan.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Policy;

/// <summary>
/// Evaluates a policy scenario posted as JSON (the scenario-file format: name, description, measures) through
/// <see cref="PolicyEvaluation"/>: the JSON is written to a private temporary file, one measure per line, so that the
/// scenario reader checks it exactly as it checks a file and its errors map to <c>measures[i].key</c>.
/// </summary>
public sealed class ScenarioEvaluator(Workspace workspace)
{
    private const int FirstMeasureLine = 2;

    /// <summary>The outcome, or a problem naming the field.</summary>
    public (PolicyOutcomeDto? Outcome, IResult? Problem) Evaluate(JsonElement scenario, int? year)
    {
        if (Shape(scenario) is { } bad) return (null, bad);
        int y;
        try { y = workspace.Risk.Year(year); }
        catch (Core.Inputs.InputException e) { return (null, Problems.Field("year", e.Problem)); }
        string file = Path.Combine(Path.GetTempPath(), $"junkan-web-{Guid.NewGuid():n}.json");
        try
        {
            File.WriteAllText(file, OneMeasurePerLine(scenario), new UTF8Encoding(false));
            var outcome = new PolicyEvaluation(workspace).Evaluate([file], y)[0];
            return (PolicyOutcomeDto.Of(outcome, y), null);
        }
        catch (DataFormatException e) { return (null, Problems.Field(FieldOf(e), e.Problem)); }
        catch (PolicyException e) { return (null, Problems.Field("measures", e.Message)); }
        finally { File.Delete(file); }
    }

    private static IResult? Shape(JsonElement s)
    {
        if (s.ValueKind != JsonValueKind.Object) return Problems.Field("scenario", "a scenario is a JSON object with name, description and measures.");
        if (!s.TryGetProperty("measures", out var m) || m.ValueKind != JsonValueKind.Array || m.GetArrayLength() == 0)
            return Problems.Field("measures", "measures: a non-empty list of measures is required.");
        if (m.GetArrayLength() > 100) return Problems.Field("measures", "measures: at most 100 measures.");
        return null;
    }

    /// <summary>Line 1 holds name and description, line 2 + i measure i, the last line closes the list.</summary>
    internal static string OneMeasurePerLine(JsonElement s)
    {
        var head = s.EnumerateObject().Where(p => p.Name != "measures").Select(p => $"{JsonSerializer.Serialize(p.Name)}: {p.Value.GetRawText().ReplaceLineEndings(" ")}");
        var measures = s.GetProperty("measures").EnumerateArray().Select(m => m.GetRawText().ReplaceLineEndings(" "));
        var text = new StringBuilder().Append('{').AppendJoin(", ", head).Append(head.Any() ? ", " : "").AppendLine("\"measures\": [");
        text.AppendJoin(",\n", measures).Append("\n]}\n");
        return text.ToString();
    }

    private static string FieldOf(DataFormatException e) =>
        e.Row is { } row && row >= FirstMeasureLine && e.Column is not "measures" and not null
            ? $"measures[{row - FirstMeasureLine}].{e.Column}"
            : e.Column ?? "scenario";
}
