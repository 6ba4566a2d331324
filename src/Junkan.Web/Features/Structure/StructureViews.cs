using Junkan.Application;
using Junkan.Application.Structure;
using Junkan.Core.Citations;
using Junkan.Core.Inputs;
using Junkan.Core.Structure;
using Junkan.Web.Hosting;
using Junkan.Web.Localization;
using Microsoft.AspNetCore.Http;

namespace Junkan.Web.Features.Structure;

/// <summary>
/// The structure analysis for the web: the bundled example (<c>data/structure/lib-issues-example.yaml</c>), an
/// uploaded file or ratings sent as JSON (checked field by field), mapped to <see cref="StructureDto"/>.
/// </summary>
internal static class StructureViews
{
    /// <summary>Largest uploaded structure file: 1 MiB, the document limit of every YAML input.</summary>
    public const long MaxFileBytes = InputLimits.MaxDocumentBytes;

    public static StructureResult Example(Workspace w, string? threshold = null) =>
        IssueStructure.Run(IssueStructure.ExamplePath(w.Catalogue.DataFolder), threshold);

    /// <summary>The case of a JSON request, or a problem naming the first bad field (<c>factors[2].id</c>, <c>experts[0][1][3]</c>).</summary>
    public static (StructureCase? Case, IResult? Problem) FromInput(StructureInput? body)
    {
        var v = new Validation();
        if (body?.Factors is not { Count: > 0 } fs) return (null, Problems.Field("factors", "factors: list 1..200 factors (id, labelJa, labelEn, category)."));
        if (fs.Count > InfluenceMatrix.MaxFactors) return (null, Problems.Field("factors", $"factors: {fs.Count} factors; the limit is {InfluenceMatrix.MaxFactors}."));
        var factors = new List<Factor>();
        for (int i = 0; i < fs.Count; i++)
        {
            var f = fs[i];
            if (!FactorId.IsValid(f?.Id)) { v.Add($"factors[{i}].id", $"factors[{i}].id: '{f?.Id}' is not a factor id (1..40 characters: A-Z, a-z, 0-9, '-', '_', '.')."); continue; }
            if (factors.Any(x => x.Id.Value == f!.Id)) { v.Add($"factors[{i}].id", $"factors[{i}].id: '{f!.Id}' is listed twice."); continue; }
            factors.Add(new Factor(new FactorId(f!.Id!), Cut(f.LabelJa), Cut(f.LabelEn) is { Length: > 0 } en ? en : f.Id!, Cut(f.Category)));
        }
        if (v.Result is { } p1) return (null, p1);
        int n = factors.Count;
        if (body.Experts is not { Count: > 0 } ex || ex.Count > InfluenceMatrix.MaxExperts)
            return (null, Problems.Field("experts", $"experts: give 1..{InfluenceMatrix.MaxExperts} ratings matrices of {n} × {n}."));
        var matrices = new List<double[,]>();
        for (int k = 0; k < ex.Count && v.Ok; k++) matrices.Add(Matrix(ex[k], n, k, factors, v));
        if (v.Result is { } p2) return (null, p2);
        var sources = factors.ToDictionary(f => f.Id, _ => "user-input");
        return (new StructureCase("", Cut(body.Name) is { Length: > 0 } name ? name : "Your ratings", false, new InfluenceMatrix(factors, matrices), Provenance.Of("user-input", 1, null, StructureCase.RatingUnit), sources), null);
    }

    private static string Cut(string? s) => (s ?? "").Trim() is var t && t.Length > 120 ? t[..120] : (s ?? "").Trim();

    private static double[,] Matrix(double[][]? rows, int n, int k, List<Factor> factors, Validation v)
    {
        var m = new double[n, n];
        if (rows is null || rows.Length != n) { v.Add($"experts[{k}]", $"experts[{k}]: {rows?.Length ?? 0} rows; write one row per factor ({n})."); return m; }
        for (int i = 0; i < n && v.Ok; i++)
        {
            if (rows[i] is not { } row || row.Length != n) { v.Add($"experts[{k}][{i}]", $"experts[{k}][{i}] ({factors[i].Id}): {rows[i]?.Length ?? 0} values; write one per factor ({n})."); break; }
            for (int j = 0; j < n; j++)
                if (InfluenceMatrix.RatingProblem(row[j], i == j) is { } p) { v.Add($"experts[{k}][{i}][{j}]", $"experts[{k}][{i}][{j}] ({factors[i].Id} → {factors[j].Id}): {p}."); break; }
                else m[i, j] = row[j];
        }
        return m;
    }

    public static StructureDto Dto(StructureResult r, Text t)
    {
        var a = r.Analysis;
        var d = a.Dematel;
        string lang = t.Language;
        var factors = a.Rows.Select(x => new StructureFactorDto(x.Factor.Id.Value, x.Factor.LabelJa, x.Factor.LabelEn, x.Factor.Category, r.Case.FactorSources.GetValueOrDefault(x.Factor.Id),
            x.R, x.C, x.Prominence, x.Relation, x.Group.ToString(), x.Level, x.DrivingPower, x.Dependence, x.Quadrant.ToString())).ToList();
        return new StructureDto(r.Case.Name(lang), r.Case.IsExample, r.Case.RatingsProvenance.Source.Value, r.Case.RatingsProvenance.Quality.Value, r.Case.Ratings.Experts,
            d.Scale, d.Threshold, d.ThresholdKind.ToString(), factors, Rows(d.Average), Rows(d.Total),
            StructureExport.CauseEffect(r, lang), StructureExport.Levels(r, lang), StructureHtml.Results(r, t), StructureHtml.Editor(r, t));
    }

    private static double[][] Rows(double[,] m) =>
        [.. Enumerable.Range(0, m.GetLength(0)).Select(i => Enumerable.Range(0, m.GetLength(1)).Select(j => Math.Round(m[i, j], 6)).ToArray())];
}
