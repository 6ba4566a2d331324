using Junkan.Core.Policy;
using Junkan.Data.Settings;
using Junkan.Reports.Model;
using Junkan.Reports.Output;

namespace Junkan.Application.Reports;

/// <summary>Builds the risk report model from the workspace: profiles of the chosen elements, names, sources, settings and the run manifest.</summary>
internal static class RiskReportBuilder
{
    public static RiskReport Build(Workspace w, IReadOnlyList<string> elements, int year, IReadOnlyList<PolicyOutcome> policies,
        IReadOnlyList<string> extraInputs, string command, DateTimeOffset time)
    {
        var s = w.Risk;
        var items = elements.Select(symbol =>
        {
            var e = s.Data.Element(symbol);
            var inputs = s.Build(symbol, year);
            return new ReportElement(e.Symbol, e.NameEn, e.NameJa, inputs, s.Assessor.Assess(inputs))
            {
                Eu = s.Data.EuCrm.Where(x => x.Element == symbol)
                    .Select(x => new EuReference(x.Material, x.SupplyRisk, x.EconomicImportance, x.SourceId)).ToArray(),
                Lists = s.Data.Lists.Where(x => x.Element == symbol)
                    .Select(x => new ListMembership(x.List, x.Member, x.SourceId, x.Note)).ToArray(),
                Trend = Risk.RiskDetails.Trend(s, symbol, year),
            };
        }).ToArray();
        string root = Directory.GetCurrentDirectory();
        // ⑥ reads the flow systems: their files are inputs of the report too.
        var flowFiles = HasFlows(w) ? w.Recyclability.Flows.Files : [];
        var hashes = s.Data.InputFiles.Append(s.SettingsFile).Concat(extraInputs).Concat(flowFiles).Where(File.Exists)
            .Distinct().Select(f => ReportFiles.Hash(f, root)).ToArray();
        var manifest = new RunManifest(CodeVersion.Current, time, command, Path.GetRelativePath(root, s.SettingsFile).Replace('\\', '/'), hashes);
        return new RiskReport(year, items, s.Settings,
            RiskSettingsFile.Entries(s.Settings).Select(x => new SettingRow(x.Key, x.Value)).ToArray(),
            Citations(w).Select(x => new ReportSource(x.Id, x.Citation, x.Url)).ToArray(),
            manifest, policies, s.Data.Countries.Values.ToDictionary(c => c.Iso3, c => new ReportCountry(c.Iso3, c.NameEn, c.NameJa)));
    }

    private static bool HasFlows(Workspace w) => Directory.Exists(w.Catalogue.FlowsFolder);

    /// <summary>The reference citations, and with flow systems (⑥ reads them) the flow data's superset.</summary>
    private static IEnumerable<Data.Reference.SourceRecord> Citations(Workspace w) =>
        HasFlows(w) ? w.Recyclability.Flows.Citations.Values : w.Risk.Data.Sources.Values;
}
