using System.Net;
using System.Text.RegularExpressions;
using Junkan.Reports.Model;

namespace Junkan.Reports.Tests;

/// <summary>
/// Checks that every number in a recyclability report names its sources: each table row with a numeric cell, each
/// chart figure and each reason carries <c>data-sources</c> with at least one id, and every id is cited with a real
/// citation in the report's sources section. The run manifest (file sizes) is not data and is skipped. Returns the problems found (empty = every number is sourced).
/// </summary>
internal static partial class SourceAudit
{
    public static IReadOnlyList<string> Problems(string html)
    {
        var cited = CitedIds(html);
        int manifest = html.IndexOf("<section id=\"manifest\"", StringComparison.Ordinal);
        if (manifest >= 0) html = html[..manifest];   // file sizes of the run manifest are not data
        var problems = new List<string>();
        foreach (Match row in RowRegex().Matches(html))
        {
            string attrs = row.Groups["attrs"].Value, body = row.Groups["body"].Value;
            bool hasNumber = NumCellRegex().Matches(body).Any(m => Regex.IsMatch(WebUtility.HtmlDecode(m.Groups[1].Value), "[0-9]"));
            if (hasNumber) Check(attrs, Snippet(body), cited, problems);
        }
        foreach (Match f in FigureRegex().Matches(html)) Check(f.Groups[1].Value, "figure", cited, problems);
        foreach (Match a in ReasonRegex().Matches(html)) Check(a.Value, "reason", cited, problems);
        return problems;
    }

    private static void Check(string attrs, string what, HashSet<string> cited, List<string> problems)
    {
        var m = SourcesAttrRegex().Match(attrs);
        var ids = m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (ids.Length == 0) problems.Add($"no sources for {what}");
        foreach (var id in ids.Where(id => !cited.Contains(id))) problems.Add($"source '{id}' of {what} is not cited");
    }

    /// <summary>Ids listed in the sources section with a citation (not the missing-citation marker).</summary>
    private static HashSet<string> CitedIds(string html) =>
        CitationRegex().Matches(html).Where(m => !WebUtility.HtmlDecode(m.Groups[2].Value).StartsWith(RiskReport.MissingCitation, StringComparison.Ordinal))
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet();

    private static string Snippet(string body) => Regex.Replace(body, "<[^>]+>", " ").Trim() is var s && s.Length > 80 ? s[..80] : s;

    [GeneratedRegex("<tr(?<attrs>[^>]*)>(?<body>.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowRegex();

    [GeneratedRegex("<td class=\"num\">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex NumCellRegex();

    [GeneratedRegex("<figure([^>]*)>")]
    private static partial Regex FigureRegex();

    [GeneratedRegex("<(?:li|p)[^>]*class=\"reason\"[^>]*>|<li data-sources=[^>]*>")]
    private static partial Regex ReasonRegex();

    [GeneratedRegex("data-sources=\"([^\"]*)\"")]
    private static partial Regex SourcesAttrRegex();

    [GeneratedRegex("<code class=\"source-id\">(.*?)</code></td><td(?: class=\"orig\")?>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CitationRegex();
}
