using System.Text;
using System.Text.RegularExpressions;

namespace Junkan.Web.Tests;

/// <summary>
/// The web pages in Japanese (<c>?lang=ja</c>) read in Japanese, as the Japanese reports must
/// (tests/Junkan.Reports.Tests/JapanesePageTests.cs, the same rules): no identifier (snake_case) and no Latin word of
/// four or more letters in the visible text, outside <c>code</c> (literal keys, source ids, commands), the marked
/// 原文 (英語) originals (notes computed in English, folded with <c>lang="en"</c>), and no doubled label.
/// </summary>
public sealed partial class JapanesePageTests(ReadOnlyHost shared) : IClassFixture<ReadOnlyHost>
{
    /// <summary>
    /// Latin words a Japanese page may show: the report check's list (organisations, databases, defined indicator
    /// names, units) and what a web page adds: NEDO (the target list), JavaScript (the no-script note), JSON and HTML
    /// (links to the data behind a table, an export format), xlsx (the workbook's file type) and PHEV (defined in the same label, as HEV and BEV).
    /// </summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "USGS", "JOGMEC", "NIMS", "METI", "UNEP", "Comtrade", "Excel", "Junkan", "junkan",
        "HREE", "LREE", "TOPSIS", "cents", "CIGS", "NEDO", "JavaScript", "JSON", "HTML", "xlsx", "PHEV",
    };

    /// <summary>Every page of the navigation, and the element pages of every assessed element.</summary>
    public static TheoryData<string> Urls()
    {
        var data = new TheoryData<string> { "/", "/policy", "/selection", "/flows", "/flows?element=REE", "/flows?element=Cu", "/networks", "/data", "/exports", "/stocks", "/stocks?scenario=high_electrification" };
        foreach (var e in WebHost.Workspace.Risk.Inputs.AssessedElements) data.Add($"/elements/{e}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task A_japanese_page_shows_no_identifier_or_english_word_outside_marked_originals(string url)
    {
        string html = await shared.Host.CreateClient().GetStringAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=ja");
        var offenders = VisibleText(html).SelectMany(line => Offending(line).Select(w => $"'{w}' in \"{Clip(line)}\"")).Distinct().Take(40).ToArray();
        Assert.True(offenders.Length == 0, url + ":\n" + string.Join("\n", offenders));
        var doubled = DoubledLabel().Matches(html).Select(m => m.Value).Distinct().ToArray();
        Assert.True(doubled.Length == 0, $"{url}: {string.Join(", ", doubled)}");
    }

    [Fact]
    public void The_check_finds_identifiers_and_words_and_spares_what_is_allowed()
    {
        Assert.Equal(["low_melting_alloy_solder"], Offending("用途 low_melting_alloy_solder 24 %"));
        Assert.Equal(["Graphite"], Offending("Graphite 天然黒鉛"));
        Assert.Empty(Offending("出典: usgs-mcs-2024, JOGMEC · HHI 5,550 · CdTe太陽電池 · TiO2 · 15.2 % · Nd · JSON"));
        Assert.Equal(["該当なし", "Japan imports"], VisibleText("<td>該当なし<details class=\"orig\"><summary>原文 (英語)</summary><span lang=\"en\">x</span></details><code>a_b</code>Japan imports</td>"));
    }

    /// <summary>Tokens that fail: snake_case ids, and Latin words of 4+ letters that are not allowed, not source ids (kebab-case) and not chemical formulas.</summary>
    private static IReadOnlyList<string> Offending(string line) =>
        [.. Token().Matches(line).Select(m => m.Value)
            .Where(w => w.Contains('_', StringComparison.Ordinal) || (w.Count(char.IsAsciiLetter) >= 4 && !SourceId().IsMatch(w) && !Formula().IsMatch(w)))
            .SelectMany(w => w.Contains('_', StringComparison.Ordinal) ? [w] : w.Split('-').Where(p => p.Count(char.IsAsciiLetter) >= 4 && !Formula().IsMatch(p)))
            .Where(w => !Allowed.Contains(w))];

    /// <summary>
    /// The text a reader sees, one entry per block (cell, paragraph, list item, heading), without style, script and SVG
    /// markup, <c>code</c> elements, cells marked <c>orig</c> (citations as published) and the <c>lang="en"</c> originals.
    /// </summary>
    private static List<string> VisibleText(string html)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var skip = new Stack<(string Tag, bool Skip)>();
        foreach (Match m in Markup().Matches(html))
        {
            if (m.Value.StartsWith("<!", StringComparison.Ordinal)) continue;   // doctype, comments
            if (m.Groups["text"].Success)
            {
                if (!skip.Any(s => s.Skip)) current.Append(System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value));
                continue;
            }
            string tag = m.Groups["tag"].Value.ToLowerInvariant(), attrs = m.Groups["attrs"].Value;
            if (m.Groups["close"].Success)
            {
                while (skip.Count > 0 && skip.Pop().Tag != tag) { }
                if (tag is "td" or "th" or "p" or "li" or "div" or "h1" or "h2" or "h3" or "h4" or "summary" or "figcaption" or "text" or "title" or "option" or "caption" or "label" or "legend" or "button") Flush(lines, current);
            }
            else if (tag is not ("br" or "meta" or "link" or "img" or "hr" or "col" or "input") && !attrs.EndsWith('/'))
                skip.Push((tag, tag is "style" or "script" or "code" || attrs.Contains("lang=\"en\"", StringComparison.Ordinal) || attrs.Contains("class=\"orig\"", StringComparison.Ordinal)));
        }
        Flush(lines, current);
        return lines;
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        string s = Regex.Replace(current.ToString(), @"\s+", " ").Trim();
        if (s.Length > 0) lines.Add(s);
        current.Clear();
    }

    private static string Clip(string s) => s.Length <= 120 ? s : s[..120] + "…";

    [GeneratedRegex(@"<![^>]*>|<(?<close>/)?(?<tag>[A-Za-z][A-Za-z0-9]*)(?<attrs>[^>]*)>|(?<text>[^<]+)")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_\-]*[A-Za-z0-9]|[A-Za-z]")]
    private static partial Regex Token();

    /// <summary>A source id: lower-case words and digits joined by '-', at least one '-' (usgs-mcs-2024, meti-2021-critical-minerals).</summary>
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)+$")]
    private static partial Regex SourceId();

    /// <summary>A chemical formula or symbol string: element-like capitalised pairs with optional counts (CdTe, TiO2, NdFeB, GaAs).</summary>
    [GeneratedRegex(@"^(?=.*[a-z0-9])([A-Z][a-z]?\d*)+$")]
    private static partial Regex Formula();

    /// <summary>A label followed by itself in brackets, "X (X)" or "X（X）", inside a cell.</summary>
    [GeneratedRegex(@">([^<>()（）]{1,20}?)\s*[（(]\1[)）]<")]
    private static partial Regex DoubledLabel();
}
