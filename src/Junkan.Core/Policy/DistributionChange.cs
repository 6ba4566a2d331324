using Junkan.Core.Risk;

namespace Junkan.Core.Policy;

/// <summary>Adds tonnes to one country of a by-country table or of an import-partner table.</summary>
internal static class DistributionChange
{
    /// <summary>Adds <paramref name="tonnes"/> to <paramref name="country"/> and to the world total.</summary>
    public static CountryDistribution? Add(CountryDistribution? d, string country, double tonnes, string source)
    {
        if (d is null || tonnes == 0) return d;
        var countries = d.Countries.ToList();
        int i = countries.FindIndex(c => c.Country == country);
        if (i >= 0) countries[i] = countries[i] with { Tonnes = countries[i].Tonnes + tonnes };
        else countries.Add(new CountryAmount(country, tonnes));
        return d with
        {
            Countries = countries,
            ReportedWorldTotal = d.ReportedWorldTotal + tonnes,
            Sources = d.Sources.Append(source).Distinct().ToArray(),
        };
    }

    /// <summary>
    /// Adds import volume from <paramref name="partner"/>: new shares (s_c·T + ΔT)/(T + ΔT).
    /// Needs the total import volume T; throws when the source gives shares only.
    /// </summary>
    public static ImportPartners Add(ImportPartners imports, string partner, double tonnes, string source, string element)
    {
        if (tonnes == 0 || imports.Kind == ImportDataKind.NotApplicable && tonnes == 0) return imports;
        if (imports.Kind != ImportDataKind.Shares)
            throw new PolicyException($"{element}: cannot add {imports.Stage} imports from {partner}: the baseline has no import shares ({imports.Kind}).");
        if (imports.TotalTonnes is not double total || total <= 0)
            throw new PolicyException($"{element}: cannot add {tonnes} t of {imports.Stage} imports from {partner}: the baseline gives shares without a total volume.");
        double newTotal = total + tonnes;
        var partners = imports.Partners.Select(p => p with { Share = p.Share * total / newTotal }).ToList();
        int i = partners.FindIndex(p => p.Country == partner);
        double added = tonnes / newTotal;
        if (i >= 0) partners[i] = partners[i] with { Share = partners[i].Share + added };
        else partners.Add(new PartnerShare(partner, added));
        return imports with { Partners = partners, TotalTonnes = newTotal, Sources = imports.Sources.Append(source).Distinct().ToArray() };
    }
}
