using System.Text;
using Junkan.Application.Structure;
using Junkan.Web.Localization;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Structure;

/// <summary>The results (example note, table, both diagrams) and the ratings editor of the structure page, as HTML.</summary>
internal static class StructureHtml
{
    public static string Results(StructureResult r, Text t)
    {
        var a = r.Analysis;
        var d = a.Dematel;
        var b = new StringBuilder();
        b.Append(Inv, $"<h2 id=\"structure-name\">{H(r.Case.Name(t.Language))}</h2>");
        if (r.Case.IsExample) b.Append(Inv, $"<p class=\"warning\" id=\"structure-example\" role=\"note\" style=\"color:#c92a2a;font-weight:bold\">{H(t["StructureExampleNote"])}</p>");
        b.Append(Inv, $"<p id=\"structure-summary\">{H(t["StructureExperts"])}: {r.Case.Ratings.Experts} · s = {d.Scale:0.###} · θ = {d.Threshold:0.0000} ({H(t["StructureThreshold_" + d.ThresholdKind])})</p>");
        b.Append("<div class=\"table-wrap\" style=\"overflow-x:auto\"><table id=\"structure-table\" class=\"data sortable\"><thead><tr>");
        foreach (var (k, num) in new[] { ("StructureFactor", false), ("StructureR", true), ("StructureC", true), ("StructureProminence", true), ("StructureRelation", true), ("StructureGroup", false), ("StructureLevel", true), ("StructureDriving", true), ("StructureDependence", true), ("StructureQuadrant", false) })
            b.Append(Inv, $"<th scope=\"col\"{(num ? " data-type=\"num\"" : "")}><button type=\"button\">{H(t[k])}</button></th>");
        b.Append("</tr></thead><tbody>");
        foreach (var x in a.Rows.OrderByDescending(x => x.Prominence))
            b.Append(Inv, $"<tr><th scope=\"row\">{H(x.Factor.Label(t.Language))}</th><td class=\"num\">{x.R:0.000}</td><td class=\"num\">{x.C:0.000}</td><td class=\"num\">{x.Prominence:0.000}</td><td class=\"num\">{x.Relation:0.000}</td><td>{H(t["StructureGroup_" + x.Group])}</td><td class=\"num\">{x.Level}</td><td class=\"num\">{x.DrivingPower}</td><td class=\"num\">{x.Dependence}</td><td>{H(t["StructureQuadrant_" + x.Quadrant])}</td></tr>");
        b.Append("</tbody></table></div>");
        b.Append(Inv, $"<figure class=\"structure-figure\" id=\"structure-cause-effect\" style=\"overflow-x:auto;margin:16px 0\">{StructureExport.CauseEffect(r, t.Language)}<figcaption>{H(t["StructureCauseEffectCaption"])}</figcaption></figure>");
        b.Append(Inv, $"<figure class=\"structure-figure\" id=\"structure-levels\" style=\"overflow-x:auto;margin:16px 0\">{StructureExport.Levels(r, t.Language)}<figcaption>{H(t["StructureLevelsCaption"])}</figcaption></figure>");
        return b.ToString();
    }

    /// <summary>The average ratings as a table of number inputs (0..4, diagonal fixed at 0) with the factors' ids and labels.</summary>
    public static string Editor(StructureResult r, Text t)
    {
        var f = r.Case.Ratings.Factors;
        var avg = r.Analysis.Dematel.Average;
        var b = new StringBuilder("<div class=\"table-wrap\" style=\"overflow-x:auto\"><table id=\"structure-ratings\" class=\"data\"><caption>");
        b.Append(H(t["StructureRatingsCaption"])).Append("</caption><thead><tr><th scope=\"col\">").Append(H(t["StructureFromTo"])).Append("</th>");
        for (int j = 0; j < f.Count; j++) b.Append(Inv, $"<th scope=\"col\" title=\"{H(f[j].Label(t.Language))}\">{j + 1}</th>");
        b.Append("</tr></thead><tbody>");
        for (int i = 0; i < f.Count; i++)
        {
            b.Append(Inv, $"<tr data-id=\"{H(f[i].Id.Value)}\" data-label-ja=\"{H(f[i].LabelJa)}\" data-label-en=\"{H(f[i].LabelEn)}\" data-category=\"{H(f[i].Category)}\"><th scope=\"row\" style=\"min-width:16em\">{i + 1}. {H(f[i].Label(t.Language))}</th>");
            for (int j = 0; j < f.Count; j++)
            {
                string label = $"{f[i].Label(t.Language)} → {f[j].Label(t.Language)}";
                b.Append(i == j
                    ? "<td class=\"num\">0</td>"
                    : string.Create(Inv, $"<td><input type=\"number\" style=\"width:4.5em\" min=\"0\" max=\"4\" step=\"any\" value=\"{Math.Round(avg[i, j], 3)}\" aria-label=\"{H(label)}\" data-i=\"{i}\" data-j=\"{j}\"></td>"));
            }
            b.Append("</tr>");
        }
        return b.Append("</tbody></table></div>").ToString();
    }
}
