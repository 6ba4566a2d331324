using Junkan.Core.Inputs;
using Junkan.Reports.Network;

namespace Junkan.Application.Network;

/// <summary>Writes a solved network as a map (FILE.svg) or as the network report section page (FILE.html) in ja or en.</summary>
public static class NetworkMapExport
{
    public static NetworkReport Report(NetworkResult r) =>
        new(r.Case, r.Plan, r.Cost, r.Co2, r.Financials, r.Supply ?? [], r.Periods?.Plan, r.Periods?.Appraisal) { CostChecks = r.CostChecks };

    public static void Write(NetworkResult r, string path, string language)
    {
        if (language is not ("en" or "ja")) throw new UsageException("--lang", $"--lang {language}: write ja or en");
        string ext = Path.GetExtension(path).ToLowerInvariant();
        string text = ext switch
        {
            ".svg" => NetworkMap.Render(r.Case, r.Plan, new NetworkLabels(language)),
            ".html" or ".htm" => NetworkReportHtml.Render(Report(r), language),
            _ => throw new UsageException("--map", $"--map {path}: write FILE.svg (map) or FILE.html (report section)"),
        };
        File.WriteAllText(path, text);
    }
}
