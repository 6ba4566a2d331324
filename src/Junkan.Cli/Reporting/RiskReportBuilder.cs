using System.Reflection;
using Junkan.Core.Policy;
using Junkan.Data.Settings;
using Junkan.Reports.Model;
using Junkan.Reports.Output;

namespace Junkan.Cli.Reporting;

/// <summary>Builds the report model from a loaded session: profiles of the chosen elements, names, sources, settings and the run manifest.</summary>
public static class RiskReportBuilder
{
    public static RiskReport Build(Session s, IReadOnlyList<string> elements, int year, IReadOnlyList<PolicyOutcome> policies,
        IReadOnlyList<string> extraInputs, string command)
    {
        var items = elements.Select(symbol =>
        {
            var e = s.Data.Element(symbol);
            var inputs = s.Inputs.Build(symbol, year);
            return new ReportElement(e.Symbol, e.NameEn, e.NameJa, inputs, s.Assessor.Assess(inputs))
            {
                Eu = s.Data.EuCrm.Where(x => x.Element == symbol)
                    .Select(x => new EuReference(x.Material, x.SupplyRisk, x.EconomicImportance, x.SourceId)).ToArray(),
                Lists = s.Data.Lists.Where(x => x.Element == symbol)
                    .Select(x => new ListMembership(x.List, x.Member, x.SourceId, x.Note)).ToArray(),
            };
        }).ToArray();
        string root = Directory.GetCurrentDirectory();
        var hashes = s.Data.InputFiles.Append(s.SettingsPath).Concat(extraInputs).Where(File.Exists)
            .Distinct().Select(f => ReportFiles.Hash(f, root)).ToArray();
        var manifest = new RunManifest(CodeVersion(), Now(), command, Path.GetRelativePath(root, s.SettingsPath).Replace('\\', '/'), hashes);
        return new RiskReport(year, items, s.Settings,
            RiskSettingsFile.Entries(s.Settings).Select(x => new SettingRow(x.Key, x.Value)).ToArray(),
            s.Data.Sources.Values.Select(x => new ReportSource(x.Id, x.Citation, x.Url)).ToArray(),
            manifest, policies, s.Data.Countries.Values.ToDictionary(c => c.Iso3, c => new ReportCountry(c.Iso3, c.NameEn, c.NameJa)));
    }

    /// <summary>The informational version of the junkan assembly (includes the git commit when built from a clone).</summary>
    public static string CodeVersion() =>
        typeof(RiskReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Now, or SOURCE_DATE_EPOCH (seconds) when set, for reproducible reports.</summary>
    internal static DateTimeOffset Now() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out long epoch)
            ? DateTimeOffset.FromUnixTimeSeconds(epoch) : DateTimeOffset.UtcNow;
}
