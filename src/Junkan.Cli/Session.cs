using Junkan.Core.Risk;
using Junkan.Data.Reference;
using Junkan.Data.Settings;

namespace Junkan.Cli;

/// <summary>What every analysis command loads: the reference data, the settings and the assessor built on them.</summary>
public sealed record Session(ReferenceData Data, RiskSettings Settings, string SettingsPath, RiskAssessor Assessor, RiskInputsBuilder Inputs)
{
    public static Session Load(string? dataFolder, string? settingsFile)
    {
        var data = ReferenceDataLoader.Load(DataLocator.ReferenceFolder(dataFolder));
        string settingsPath = DataLocator.SettingsFile(settingsFile);
        var settings = RiskSettingsFile.Load(settingsPath);
        return new Session(data, settings, settingsPath, new RiskAssessor(settings, new CountryStability(data.Wgi)), new RiskInputsBuilder(data));
    }

    /// <summary>Elements to assess: one (checked) or all in table order.</summary>
    public IReadOnlyList<string> Elements(string? one) => one is null ? Inputs.AssessedElements : [Data.Element(one).Symbol];

    public int Year(int? year) => Data.AssessmentYear(year);

    public IReadOnlyList<RiskProfile> Assess(IEnumerable<string> elements, int year) =>
        elements.Select(e => Assessor.Assess(Inputs.Build(e, year))).ToArray();
}
