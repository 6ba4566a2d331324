using System.Text;
using Junkan.Application;
using Junkan.Core.Selection;
using Junkan.Web.Features.Elements;
using Junkan.Web.Localization;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Http;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Pages;

/// <summary>The interactive pages: the policy tool, the selection rerun, and the exports; their scripts call the JSON API.</summary>
internal static class ToolPages
{
    public static IResult Policy(HttpContext http, RiskViews risk, Workspace w)
    {
        var t = Text.For(http);
        var data = new
        {
            year = risk.Year(null),
            elements = risk.List(null).Select(e => e.Symbol),
            countries = w.Risk.Countries().Order(StringComparer.Ordinal),
            applications = w.Risk.Data.Applications.Select(a => new { a.Element, a.Application }),
        };
        string body = $"""
            <p>{H(t["PolicyIntro"])}</p>
            <form id="policy-form" class="panel" novalidate>
              <label>{H(t["ScenarioName"])} <input id="scenario-name" name="name" required maxlength="120" value="Web scenario"></label>
              <fieldset><legend>{H(t["Measures"])}</legend><div id="measures"></div>
              <button type="button" id="add-measure">{H(t["AddMeasure"])}</button></fieldset>
              <button type="submit" id="evaluate">{H(t["Evaluate"])}</button>
              <button type="button" id="save-scenario">{H(t["Save"])}</button> <span id="policy-status" role="status" aria-live="polite"></span>
            </form>
            <div class="grid"><section><h2>{H(t["Radar"])}</h2><div id="policy-radar" class="chart" role="img" aria-label="{H(t["Radar"])}"></div></section>
            <section><h2>{H(t["Result"])}</h2><div id="policy-result"><p>{H(t["Loading"])}</p></div></section></div>
            <h2>{H(t["SavedScenarios"])}</h2><div id="saved-scenarios"></div>
            <button type="button" id="compare">{H(t["Compare"])}</button><div id="comparison"></div>
            """;
        return Page(http, t, t["PolicyTitle"], "/policy", body, "policy", data);
    }

    public static IResult Selection(HttpContext http, Workspace w)
    {
        var t = Text.For(http);
        var s = w.Recyclability.Settings;
        var weights = new StringBuilder();
        foreach (var c in Criteria.All)
            weights.Append(Inv, $"<label>{H(t[$"Crit_{c.Key()}"])} <input type=\"number\" min=\"0\" max=\"1000000\" step=\"any\" name=\"w-{c.Key()}\" data-criterion=\"{c.Key()}\" value=\"{s.Weight(c).ToString(System.Globalization.CultureInfo.InvariantCulture)}\"></label>");
        string missing = s.Missing == MissingValuePolicy.Worst ? "worst" : "neutral";
        string body = $"""
            <p>{H(t["SelectionIntro"])}</p>
            <form id="selection-form" class="panel" novalidate>
              <fieldset><legend>{H(t["Weights"])}</legend><div class="weights">{weights}</div></fieldset>
              <label>{H(t["Missing"])} <select id="missing" name="missing">
                <option value="worst"{(missing == "worst" ? " selected" : "")}>{H(t["Missing_worst"])}</option>
                <option value="neutral"{(missing == "neutral" ? " selected" : "")}>{H(t["Missing_neutral"])}</option></select></label>
              <label>{H(t["Draws"])} <input id="draws" type="number" min="0" max="100000" value="5000"></label>
              <label>{H(t["Seed"])} <input id="seed" type="number" value="1"></label>
              <button type="submit" id="run">{H(t["Run"])}</button> <button type="button" id="cancel" disabled>{H(t["Cancel"])}</button>
              <button type="button" id="save-weights">{H(t["SaveWeights"])}</button>
              <div><label for="progress">{H(t["Progress"])}</label> <progress id="progress" max="100" value="0"></progress> <span id="run-status" role="status" aria-live="polite"></span></div>
              <label>{H(t["CompareWith"])} <select id="saved-runs"><option value="">–</option></select></label>
            </form>
            <div id="selection-result"></div>
            """;
        return Page(http, t, t["SelectionTitle"], "/selection", body, "selection", new { maxDraws = Application.Selection.SelectionRequest.MaxDraws });
    }

    public static IResult Exports(HttpContext http, SqliteStore store)
    {
        var t = Text.For(http);
        string Options(string kind) => string.Concat(store.List(kind).Select(d => $"<option value=\"{H(d.Id)}\">{H(d.Name)} (v{d.Version})</option>"));
        string body = $"""
            <p>{H(t["ExportsIntro"])}</p>
            <form id="export-form" class="panel" method="get" action="/api/exports/report">
              <label>{H(t["Part"])} <select name="part"><option value="risk">{H(t["Part_risk"])}</option><option value="recyclability">{H(t["Part_recyclability"])}</option></select></label>
              <label>{H(t["Language"])} <select name="lang"><option value="ja"{(t.Language == "ja" ? " selected" : "")}>日本語</option><option value="en" lang="en"{(t.Language == "en" ? " selected" : "")}>English</option></select></label>
              <label>{H(t["Format"])} <select name="format"><option value="html">HTML</option><option value="xlsx">Excel (.xlsx)</option></select></label>
              <label>{H(t["PolicyScenario"])} <select name="scenario"><option value="">{H(t["DefaultChoice"])}</option>{Options(DocumentKinds.PolicyScenario)}</select></label>
              <label>{H(t["WeightSet"])} <select name="weightSet"><option value="">{H(t["DefaultChoice"])}</option>{Options(DocumentKinds.WeightSet)}</select></label>
              <button type="submit">{H(t["Download"])}</button>
            </form>
            """;
        return Page(http, t, t["ExportsTitle"], "/exports", body, "exports", new { });
    }
}
