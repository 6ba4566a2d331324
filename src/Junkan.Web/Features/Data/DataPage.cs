using System.Text;
using Junkan.Web.Localization;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Http;
using static Junkan.Web.Features.Pages.Layout;

namespace Junkan.Web.Features.Data;

/// <summary>The data page: upload form (validate, then store), the template download and the stored data sets.</summary>
internal static class DataPage
{
    public static IResult Render(HttpContext http, SqliteStore store, DataContext active)
    {
        var t = Text.For(http);
        var kinds = string.Concat(UploadKind.All.Select(k => $"<option value=\"{k.Key}\">{H(t[$"Upload_{k.Key}"])}</option>"));
        string body = $"""
            <p>{H(t["DataIntro"])}</p>
            <p><a id="template-link" href="/api/data/template.xlsx" download>{H(t["DownloadTemplate"])}</a></p>
            <form id="upload-form" class="panel" enctype="multipart/form-data" novalidate>
              <label>{H(t["UploadKind"])} <select id="upload-kind" name="kind">{kinds}</select></label>
              <label>{H(t["UploadFile"])} <input id="upload-file" type="file" name="file" accept=".csv,.xlsx" required></label>
              <label>{H(t["DataSetName"])} <input id="dataset-name" name="name" maxlength="120"></label>
              <button type="submit" id="validate-upload">{H(t["ValidateUpload"])}</button>
              <button type="button" id="store-upload" disabled>{H(t["StoreUpload"])}</button>
              <span id="upload-status" role="status" aria-live="polite"></span>
            </form>
            <section aria-labelledby="validation-heading"><h2 id="validation-heading">{H(t["ValidationResult"])}</h2><div id="validation-result"><p>{H(t["NothingValidated"])}</p></div></section>
            <section aria-labelledby="datasets-heading"><h2 id="datasets-heading">{H(t["StoredDataSets"])}</h2>{Stored(t, store, active.Info)}</section>
            """;
        return Page(http, t, t["DataTitle"], "/data", body, "data", new { maxBytes = UploadChecks.MaxBytes });
    }

    private static string Stored(Text t, SqliteStore store, ActiveDataDto active)
    {
        var sets = store.DataSets();
        if (sets.Count == 0) return $"<p id=\"datasets\">{H(t["NoDataSets"])}</p>";
        var rows = new StringBuilder();
        foreach (var d in sets)
            rows.Append(Inv, $"<tr><td>{H(d.Name)}</td><td>{d.Version}</td><td>{H(t[$"Upload_{d.Kind}"])}</td><td>{H(d.FileName)}</td><td>{H(d.Author ?? "–")}</td><td>{d.Created.UtcDateTime:yyyy-MM-dd HH:mm} UTC</td><td>{string.Join(", ", d.Changes.Select(c => $"<a href=\"/api/data/sets/{H(d.Id)}/tables/{H(c.Table)}\">{H(c.Table)}</a> ({c.Rows:N0})"))}</td><td>{Use(t, d, active)}</td></tr>");
        return $"<p id=\"data-status\" role=\"status\" aria-live=\"polite\"></p><table id=\"datasets\"><thead><tr><th scope=\"col\">{H(t["DataSetName"])}</th><th scope=\"col\">{H(t["Version"])}</th><th scope=\"col\">{H(t["UploadKind"])}</th><th scope=\"col\">{H(t["UploadFile"])}</th><th scope=\"col\">{H(t["Author"])}</th><th scope=\"col\">{H(t["StoredAt"])}</th><th scope=\"col\">{H(t["ChangedTables"])}</th><th scope=\"col\">{H(t["Status"])}</th></tr></thead><tbody>{rows}</tbody></table>" +
            (active.DataSet is null ? "" : $"<p><button type=\"button\" id=\"deactivate\">{H(t["UseBundledData"])}</button></p>");
    }

    /// <summary>The state of a stored version: in use, or a button that activates it.</summary>
    private static string Use(Text t, StoredDataSet d, ActiveDataDto active) => active.DataSet?.Id == d.Id
        ? $"<strong class=\"active-set\">{H(t["ActiveNow"])}</strong>"
        : $"<button type=\"button\" class=\"activate\" data-id=\"{H(d.Id)}\" aria-label=\"{H(t["Activate"])}: {H(d.Name)} v{d.Version}\">{H(t["Activate"])}</button>";
}
