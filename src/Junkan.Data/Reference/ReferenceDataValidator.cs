namespace Junkan.Data.Reference;

/// <summary>Cross-table checks of the reference data: source ids, element symbols, import shares per element-stage-year.</summary>
public static class ReferenceDataValidator
{
    /// <summary>Tolerance on Σ shares ≤ 1 of a partner table (published percentages are rounded).</summary>
    public const double ShareSumTolerance = 0.02;

    /// <summary>The critical-materials lists of list_memberships.csv: Japan 2023, EU 2023, US 2022.</summary>
    public static readonly IReadOnlyList<string> KnownLists = ["jp-2023", "eu-2023", "us-2022"];

    public static void Validate(ReferenceData d)
    {
        var known = d.Elements.Select(e => e.Symbol).ToHashSet();
        void Check(string file, IEnumerable<(string Element, string Source, string Where)> rows)
        {
            foreach (var (element, source, where) in rows)
            {
                if (!known.Contains(element)) throw new DataFormatException(file, null, "element", $"unknown element '{element}' ({where})");
                if (!d.Sources.ContainsKey(source)) throw new DataFormatException(file, null, "source_id", $"unknown source id '{source}' ({where}): add it to sources.csv");
            }
        }
        Check("production.csv", d.Production.Select(p => (p.Element, p.SourceId, p.Reference)));
        Check("reserves.csv", d.Reserves.Select(p => (p.Element, p.SourceId, p.Reference)));
        Check("prices.csv", d.Prices.Select(p => (p.Element, p.SourceId, p.Reference)));
        Check("japan_imports.csv", d.JapanImports.Select(p => (p.Element, p.SourceId, $"{p.Stage} {p.Partner} {p.Year}")));
        Check("secondary_supply.csv", d.Secondary.Select(p => (p.Element, p.SourceId, $"{p.Year}")));
        Check("eu_crm_2023.csv", d.EuCrm.Where(p => p.Element is not null).Select(p => (p.Element!, p.SourceId, p.Material)));
        Check("import_applicability.csv", d.Applicability.Select(p => (p.Element, p.SourceId, $"{p.Stage}")));
        Check("applications.csv", d.Applications.Select(p => (p.Element, p.SourceId, p.Application)));
        Check("list_memberships.csv", d.Lists.Select(p => (p.Element, p.SourceId, p.List)));
        foreach (var l in d.Lists.Where(l => !KnownLists.Contains(l.List)))
            throw new DataFormatException("list_memberships.csv", null, "list", $"unknown list '{l.List}' ({l.Element}); known: {string.Join(", ", KnownLists)}");
        foreach (var g in d.JapanImports.GroupBy(i => (i.Element, i.Stage, i.Year)))
        {
            double sum = g.Sum(i => i.Share);
            if (sum > 1 + ShareSumTolerance)
                throw new DataFormatException("japan_imports.csv", null, "share",
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"shares of {g.Key.Element} {g.Key.Stage.ToString().ToLowerInvariant()} {g.Key.Year} sum to {sum:0.###} (> 1 + {ShareSumTolerance})"));
        }
    }
}
