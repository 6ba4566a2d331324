using System.Globalization;
using System.Text.Json;
using Junkan.Application.Structure;
using Junkan.Core.Structure;
using Junkan.Reports.Structure;

namespace Junkan.Cli.Output;

/// <summary>Prints a structure analysis as a text table (labels in ja or en) or as JSON.</summary>
public static class StructureOutput
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Table(TextWriter o, StructureResult r, string language)
    {
        var t = new StructureLabels(language);
        var d = r.Analysis.Dematel;
        o.WriteLine($"{t["Title"]}: {r.Case.Name(language)}");
        if (r.Case.IsExample) o.WriteLine($"*** {t["Example"]} ***");
        o.WriteLine($"experts {r.Case.Ratings.Experts}, factors {d.Size}; s = {d.Scale.ToString("0.###", Inv)} (max of row and column sums); {t["Threshold"]} = {d.Threshold.ToString("0.0000", Inv)} ({t.Threshold(d.ThresholdKind)})");
        if (r.Analysis.IsmFromUserMatrix) o.WriteLine(t["UserReachability"]);
        int w = Math.Max(12, r.Analysis.Factors.Max(f => Width(f.Label(language))));
        o.WriteLine($"{Pad(t["Factor"], w)}      r      c    r+c    r-c  {t["Group"]}  ISM  {t["Driving"]}/{t["Dependence"]}  {t["Quadrant"]}");
        foreach (var x in r.Analysis.Rows.OrderByDescending(x => x.Prominence))
            o.WriteLine($"{Pad(x.Factor.Label(language), w)} {N(x.R)} {N(x.C)} {N(x.Prominence)} {N(x.Relation)}  {t.Group(x.Group),-6} {x.Level,3}  {x.DrivingPower,3}/{x.Dependence,-3}  {t.Quadrant(x.Quadrant)}");
    }

    /// <summary>Terminal columns of <paramref name="s"/>: wide (CJK) characters take two.</summary>
    private static int Width(string s) => s.Sum(c => c > 0x2E80 ? 2 : 1);

    private static string Pad(string s, int width) => s + new string(' ', Math.Max(0, width - Width(s)));

    private static string N(double v) => v.ToString("0.000", Inv).PadLeft(6);

    public static string Json(StructureResult r)
    {
        var d = r.Analysis.Dematel;
        var c = r.Case;
        return JsonSerializer.Serialize(new
        {
            name = c.NameEn,
            name_ja = c.NameJa,
            example = c.IsExample,
            note = c.IsExample ? "Example of the method: the ratings are not findings" : null,
            ratings = new { source = c.RatingsProvenance.Source.Value, quality = c.RatingsProvenance.Quality.Value, year = c.RatingsProvenance.Year, unit = StructureCase.RatingUnit, experts = c.Ratings.Experts },
            variant = "s = max(max row sum, max column sum); T = N (I - N)^-1",
            scale = d.Scale,
            threshold = d.Threshold,
            threshold_kind = d.ThresholdKind switch { ThresholdKind.User => "user", ThresholdKind.MeanPlusSd => "mean + sd of T", _ => "mean of T" },
            ism_from_user_matrix = r.Analysis.IsmFromUserMatrix,
            factors = r.Analysis.Rows.Select(x => new
            {
                id = x.Factor.Id.Value, label_ja = x.Factor.LabelJa, label_en = x.Factor.LabelEn, category = x.Factor.Category,
                source = c.FactorSources.GetValueOrDefault(x.Factor.Id),
                r = x.R, c = x.C, prominence = x.Prominence, relation = x.Relation, group = x.Group.ToString().ToLowerInvariant(),
                level = x.Level, driving_power = x.DrivingPower, dependence = x.Dependence, quadrant = x.Quadrant.ToString().ToLowerInvariant(),
            }),
            total_relation = Rows(d.Total),
        }, JsonOptions);
    }

    private static double[][] Rows(double[,] m) =>
        [.. Enumerable.Range(0, m.GetLength(0)).Select(i => Enumerable.Range(0, m.GetLength(1)).Select(j => Math.Round(m[i, j], 6)).ToArray())];
}
