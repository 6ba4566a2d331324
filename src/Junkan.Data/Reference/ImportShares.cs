namespace Junkan.Data.Reference;

/// <summary>Reads <c>japan_imports.csv</c>: partners of countries.csv, shares 0..1 whose sum per element, stage and year stays within 1 + tolerance.</summary>
internal static class ImportShares
{
    public static ImportShareRecord[] Read(CsvTable table, ReferenceKeys keys)
    {
        var sums = new Dictionary<(string, Core.Elements.SupplyStage, int), double>();
        var records = new List<ImportShareRecord>();
        foreach (var r in table.Rows)
        {
            double? total = r.OptionalNumber("total_t");
            if (total < 0) throw r.Error("total_t", "negative tonnage");
            var rec = new ImportShareRecord(keys.Element(r), ReferenceDataLoader.Stage(r), keys.Country(r, "partner"), r.Year(),
                r.Fraction("share"), total, keys.Source(r), r.Quality().Value, r.Text("note"));
            var key = (rec.Element, rec.Stage, rec.Year);
            double sum = sums[key] = sums.GetValueOrDefault(key) + rec.Share;
            if (sum > 1 + ReferenceDataValidator.ShareSumTolerance)
                throw r.Error("share", $"shares of {rec.Element} {rec.Stage.ToString().ToLowerInvariant()} {rec.Year} sum to {sum.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} (> 1 + {ReferenceDataValidator.ShareSumTolerance.ToString(System.Globalization.CultureInfo.InvariantCulture)}) with this row");
            records.Add(rec);
        }
        return records.ToArray();
    }
}
