using System.Globalization;
using Junkan.Cli.Recyclability;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Reports.Model;
using Junkan.Reports.Output;

namespace Junkan.Cli.Reporting;

/// <summary>
/// Builds the recyclability report model from a loaded session and a selection result: element names, trajectories
/// of recoverable tonnes from the assessment year to the last horizon, the sources behind the stock data and the
/// supply-risk scores, the recorded data gaps, the settings rows, every citation and the run manifest.
/// </summary>
internal static class RecyclabilityReportBuilder
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static RecyclabilityReport Build(RecyclabilitySession s, SelectionInputs inputs, SelectionResult result, string command)
    {
        var settings = result.Settings;
        var elements = result.Elements.Select(sel =>
        {
            var profile = s.Data.Profile(sel.Element);
            var names = s.Risk.Data.Element(sel.Element);
            var gaps = s.Data.Gaps.Where(g => g.Element == sel.Element).Select(g => new ReportGap(g.Source, g.Parameter, g.Note)).ToArray();
            return new RecyclabilityElement(sel.Element, names.NameEn, names.NameJa, profile, sel,
                SourceTrajectory.Compute(profile, inputs.Flows, settings.Year, settings.LastYear, CentralValues.Instance), gaps);
        }).ToArray();
        var sources = s.Data.Citations.Values.Select(c => new ReportSource(c.Id, c.Citation, c.Url))
            .Append(new ReportSource(RecyclabilityReport.SettingsSourceId,
                $"Junkan selection settings ({Relative(s.SettingsPath)}): weights, aggregation method, number selected, missing-value rule, years. Scores and ranks are computed from the criteria with these settings.", ""))
            .ToArray();
        return new RecyclabilityReport(result, elements, External(s, inputs), SettingRows(settings), sources, Manifest(s, command));
    }

    /// <summary>Sources of the stock data per product (scenario used), of the indicator results behind each supply-risk score, and of each price.</summary>
    private static ExternalProvenance External(RecyclabilitySession s, SelectionInputs inputs)
    {
        var products = s.Paths(inputs.Scenario).ToDictionary(p => p.Product, p => (IReadOnlyList<string>)
            p.SourceIds.Concat(s.Products.Lifetimes.TryGetValue(p.Product, out var l) ? [l.SourceId] : [])
                .Concat(s.Products.Contents.Where(c => c.Product == p.Product).Select(c => c.SourceId)).Distinct().ToArray());
        var risk = inputs.Risk.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value.Radar.SelectMany(r => r.Sources).Distinct().ToArray());
        var prices = inputs.Prices.Prices.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[kv.Value.SourceId]);
        return new ExternalProvenance(products, risk, prices);
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

    private static RunManifest Manifest(RecyclabilitySession s, string command)
    {
        string root = Directory.GetCurrentDirectory();
        var files = s.Risk.Data.InputFiles.Concat(s.Products.Files).Concat(s.Data.Files).Append(s.Risk.SettingsPath).Append(s.SettingsPath)
            .Where(File.Exists).Select(Path.GetFullPath).Distinct().Select(f => ReportFiles.Hash(f, root)).ToArray();
        return new RunManifest(RiskReportBuilder.CodeVersion(), RiskReportBuilder.Now(), command, Relative(s.SettingsPath), files);
    }

    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
}
