using System.Globalization;
using Junkan.Application.Recyclability;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Reports.Model;
using Junkan.Reports.Output;

namespace Junkan.Application.Reports;

/// <summary>
/// Builds the recyclability report model from the workspace and a selection result: element names, trajectories
/// of recoverable tonnes from the assessment year to the last horizon, the sources behind the stock data and the
/// supply-risk scores, the recorded data gaps, the settings rows, every citation and the run manifest.
/// </summary>
internal static class RecyclabilityReportBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static RecyclabilityReport Build(Workspace w, AssessmentInputs inputs, SelectionResult result, string command, DateTimeOffset time)
    {
        var r = w.Recyclability;
        var settings = result.Settings;
        var elements = result.Elements.Select(sel =>
        {
            var profile = r.Data.Profile(sel.Element);
            var names = w.Risk.Data.Element(sel.Element);
            var gaps = r.Data.Gaps.Where(g => g.Element == sel.Element).Select(g => new ReportGap(g.Source, g.Parameter, g.Note)).ToArray();
            return new RecyclabilityElement(sel.Element, names.NameEn, names.NameJa, profile, sel,
                SourceTrajectory.Compute(profile, inputs.Flows, settings.Year, settings.LastYear, CentralValues.Instance), gaps);
        }).ToArray();
        var external = RecyclabilityAssessment.External(r, inputs);
        elements = elements.Select(e => e with
        {
            Comparisons = [.. RecyclabilityAssessment.Compare(e.Selection.Central, e.Profile, external).Select(x => new SourcedComparison(x.Comparison, x.SourceIds))],
            Flows = RecyclabilityFlowViews.View(e.Profile, settings.Year),
            Carbon = CarbonEffect.Of([e.Selection.Central], r.Data.EmissionFactors)[0],
        }).ToArray();
        var urbanMine = RecyclabilityFlowViews.UrbanMine(r.Flows.CrossChecks,
            s => elements.FirstOrDefault(e => e.Symbol == s)?.Flows?.Systems ?? (r.Data.Profiles.FirstOrDefault(p => p.Element == s)?.Flows is { } m ? RecyclabilityFlowViews.Systems(m) : null),
            s => [.. r.Data.Profiles.FirstOrDefault(p => p.Element == s)?.Flows?.SourceIds ?? []]);
        var sources = r.Data.Citations.Values.Concat(r.Flows.Citations.Values).DistinctBy(c => c.Id).Select(c => new ReportSource(c.Id, c.Citation, c.Url))
            .Append(new ReportSource(RecyclabilityReport.SettingsSourceId,
                $"Junkan selection settings ({Relative(r.SettingsFile)}): weights, aggregation method, number selected, missing-value rule, years. Scores and ranks are computed from the criteria with these settings.", ""))
            .ToArray();
        return new RecyclabilityReport(result, elements, external, SettingRows(settings), sources, Manifest(w, command, time)) { UrbanMine = urbanMine };
    }

    private static IReadOnlyList<SettingRow> SettingRows(SelectionSettings s) =>
    [
        new("method", s.Method == AggregationMethod.Topsis ? "topsis" : "weighted-sum"),
        new("select_count", s.SelectCount.ToString(Inv)),
        new("missing", s.Missing.ToString().ToLowerInvariant()),
        new("year", s.Year.ToString(Inv)),
        new("forecast_year", s.ForecastYear.ToString(Inv)),
        new("horizons", string.Join(", ", s.Horizons)),
        .. Criteria.All.Select(c => new SettingRow($"weights.{c.Key()}", s.Weight(c).ToString(Inv))),
    ];

    private static RunManifest Manifest(Workspace w, string command, DateTimeOffset time)
    {
        string root = Directory.GetCurrentDirectory();
        var r = w.Recyclability;
        var files = w.Risk.Data.InputFiles.Concat(r.Products.Files).Concat(r.Data.Files).Append(w.Risk.SettingsFile).Append(r.SettingsFile)
            .Where(File.Exists).Select(Path.GetFullPath).Distinct().Select(f => ReportFiles.Hash(f, root)).ToArray();
        return new RunManifest(CodeVersion.Current, time, command, Relative(r.SettingsFile), files);
    }

    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
}
