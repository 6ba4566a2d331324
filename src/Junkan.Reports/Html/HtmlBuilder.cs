using System.Net;
using System.Text;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Html;

/// <summary>A minimal HTML writer: every text goes through WebUtility.HtmlEncode; raw markup only via <see cref="Raw"/>.</summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder sb = new();

    /// <summary>Starts a self-contained document: doctype, language, charset, viewport, title and the inline stylesheet; the body is left open.</summary>
    public static HtmlBuilder Document(string language, string title, string css) =>
        new HtmlBuilder().Raw("<!DOCTYPE html>\n<html lang=\"").Raw(language).Raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Element("title", title).Line().Raw("<style>\n").Raw(css).Raw("</style>\n</head>\n<body>\n");

    public HtmlBuilder Raw(string html) { sb.Append(html); return this; }

    public HtmlBuilder Text(string? text) { sb.Append(WebUtility.HtmlEncode(text ?? "")); return this; }

    public HtmlBuilder Open(string tag, string? cssClass = null, string? id = null, string? title = null)
    {
        sb.Append('<').Append(tag);
        if (id is not null) sb.Append(" id=\"").Append(WebUtility.HtmlEncode(id)).Append('"');
        if (cssClass is not null) sb.Append(" class=\"").Append(WebUtility.HtmlEncode(cssClass)).Append('"');
        if (title is not null) sb.Append(" title=\"").Append(WebUtility.HtmlEncode(title)).Append('"');
        sb.Append('>');
        return this;
    }

    /// <summary>Opens a table row that names the sources (ids) its numbers rest on, in <c>data-sources</c>.</summary>
    public HtmlBuilder OpenRow(IEnumerable<string> sources, string? cssClass = null)
    {
        sb.Append("<tr data-sources=\"").Append(WebUtility.HtmlEncode(string.Join(" ", sources))).Append('"');
        if (cssClass is not null) sb.Append(" class=\"").Append(WebUtility.HtmlEncode(cssClass)).Append('"');
        sb.Append('>');
        return this;
    }

    /// <summary>A right-aligned numeric cell.</summary>
    public HtmlBuilder Num(string? text) => Element("td", text, "num");

    public HtmlBuilder Close(string tag) { sb.Append("</").Append(tag).Append('>'); return this; }

    /// <summary>An element with text content on one line.</summary>
    public HtmlBuilder Element(string tag, string? text, string? cssClass = null, string? title = null) =>
        Open(tag, cssClass, null, title).Text(text).Close(tag);

    public HtmlBuilder Line() { sb.Append('\n'); return this; }

    /// <summary>A table row of header cells.</summary>
    public HtmlBuilder HeaderRow(params string[] cells)
    {
        Open("tr");
        foreach (var c in cells) Element("th", c);
        return Close("tr").Line();
    }

    /// <summary>A table row of data cells.</summary>
    public HtmlBuilder Row(params string?[] cells)
    {
        Open("tr");
        foreach (var c in cells) Element("td", c);
        return Close("tr").Line();
    }

    /// <summary>
    /// Free text from data or a user file, written in English (a note, a series name, a scenario's label): as it is in an
    /// English page; in a Japanese page behind a disclosure labelled 原文 (英語), marked <c>lang="en"</c>, so that the
    /// visible page stays Japanese and the original wording is one click away. Block content (not inside a &lt;p&gt;).
    /// </summary>
    public HtmlBuilder Original(string? text, ReportText t)
    {
        if (string.IsNullOrEmpty(text)) return this;
        if (!t.Japanese) return Text(text);
        return Raw("<details class=\"orig\"><summary>").Text(t["Original"]).Raw("</summary><span lang=\"en\">").Text(text).Raw("</span></details>");
    }

    /// <summary>
    /// A label for a note's kind followed by the note's original text (<see cref="Original"/>). The label is shown in a
    /// Japanese page, and in an English one only when <paramref name="labelInEnglish"/> (the English text speaks for itself otherwise).
    /// </summary>
    public HtmlBuilder LabelledNote(string label, string? text, ReportText t, string cssClass = "note", bool labelInEnglish = false)
    {
        if (string.IsNullOrEmpty(text)) return this;
        Open("div", cssClass);
        if (t.Japanese || labelInEnglish) Text(label + (t.Japanese ? "：" : ": "));
        return Original(text, t).Close("div");
    }

    public HtmlBuilder Link(string href, string text) =>
        Raw("<a href=\"").Raw(WebUtility.HtmlEncode(href)).Raw("\">").Text(text).Raw("</a>");

    public override string ToString() => sb.ToString();
}
