using System.Text;
using Junkan.Application;
using Junkan.Web.Localization;
using Microsoft.AspNetCore.Http;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Structure;

/// <summary>
/// <c>/structure</c>: the structure of the issues (DEMATEL and ISM). Shows the bundled example (its ratings labelled as
/// an example, not findings) with table and diagrams; the script lets the user upload a structure file or edit the
/// ratings and recompute through <c>POST /api/structure</c>.
/// </summary>
internal static class StructurePage
{
    public static IResult Render(HttpContext http, Workspace w)
    {
        var t = Text.For(http);
        var r = StructureViews.Example(w);
        var b = new StringBuilder();
        b.Append(Inv, $"<p>{H(t["StructureIntro"])}</p>");
        b.Append(Inv, $"""
            <form id="structure-upload" class="panel" enctype="multipart/form-data">
              <label>{H(t["StructureFile"])} <input id="structure-file" name="file" type="file" accept=".yaml,.yml,text/yaml"></label>
              <label>{H(t["StructureThresholdLabel"])} <input id="structure-threshold" name="threshold" type="text" inputmode="decimal" placeholder="mean, mean+sd, 0.2" size="10"></label>
              <button type="submit">{H(t["StructureUpload"])}</button>
              <a href="/api/structure/example.yaml" download>{H(t["StructureDownloadExample"])}</a>
            </form>
            <p id="structure-status" role="status" aria-live="polite"></p>
            <div id="structure-results">{StructureHtml.Results(r, t)}</div>
            <h2>{H(t["StructureEditTitle"])}</h2>
            <p>{H(t["StructureEditIntro"])}</p>
            <div id="structure-editor">{StructureHtml.Editor(r, t)}</div>
            <p><button type="button" id="structure-recompute">{H(t["StructureRecompute"])}</button></p>
            """);
        return Page(http, t, t["StructureTitle"], "/structure", b.ToString(), "structure", new { });
    }
}
