using System.IO.Compression;
using System.IO.Packaging;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Junkan.Reports.Excel;
using Junkan.Reports.Localization;
using Junkan.Reports.Model;

namespace Junkan.Reports.Tests;

/// <summary>The xlsx files depend only on the report and its time: same time, same bytes; no random ids or names, no wall clock.</summary>
public sealed class WorkbookDeterminismTests
{
    private static readonly DateTimeOffset T = new(2025, 4, 1, 9, 30, 0, TimeSpan.FromHours(9));

    private static RiskReport Risk(DateTimeOffset t) { var r = ReportFixture.Create(); return r with { Manifest = r.Manifest with { GeneratedAt = t } }; }

    private static RecyclabilityReport Recyclability(DateTimeOffset t) { var r = RecyclabilityReportFixture.Create(); return r with { Manifest = r.Manifest with { GeneratedAt = t } }; }

    private static string Sha(byte[] b) => Convert.ToHexStringLower(SHA256.HashData(b));

    public static TheoryData<string> Languages => new() { "en", "ja" };

    [Theory, MemberData(nameof(Languages))]
    public void Risk_workbook_renders_to_the_same_bytes_for_the_same_time(string lang)
    {
        byte[] a = RiskWorkbook.Render(Risk(T), new ReportText(lang));
        Thread.Sleep(1100);   // a wall-clock second later, as a rerun would be
        byte[] b = RiskWorkbook.Render(Risk(T), new ReportText(lang));
        Assert.Equal(Sha(a), Sha(b));
        Assert.NotEqual(Sha(a), Sha(RiskWorkbook.Render(Risk(T.AddDays(1)), new ReportText(lang))));
    }

    [Theory, MemberData(nameof(Languages))]
    public void Recyclability_workbook_renders_to_the_same_bytes_for_the_same_time(string lang)
    {
        byte[] a = RecyclabilityWorkbook.Render(Recyclability(T), new ReportText(lang));
        Thread.Sleep(1100);
        byte[] b = RecyclabilityWorkbook.Render(Recyclability(T), new ReportText(lang));
        Assert.Equal(Sha(a), Sha(b));
    }

    [Fact]
    public void ClosedXml_alone_is_not_deterministic_so_the_normaliser_is_needed()
    {
        static byte[] Raw()
        {
            using var wb = new XLWorkbook();
            wb.Worksheets.Add("A").Cell(1, 1).SetValue("x");
            using var ms = new MemoryStream();
            wb.SaveAs(ms);
            return ms.ToArray();
        }
        byte[] a = Raw(), b = Raw();
        Assert.NotEqual(Sha(a), Sha(b));
        Assert.Equal(Sha(PackageNormaliser.Normalise(a, T)), Sha(PackageNormaliser.Normalise(b, T)));
    }

    [Fact]
    public void Package_has_fixed_names_ids_and_times_and_still_opens()
    {
        byte[] x = RiskWorkbook.Render(Risk(T), new ReportText("en"));
        using (var zip = new ZipArchive(new MemoryStream(x)))
        {
            Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
            Assert.Contains(zip.Entries, e => e.FullName == "docProps/core.xml");
            Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
            Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2025, 4, 1, 0, 30, 0), e.LastWriteTime.DateTime));
            foreach (var rels in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
                foreach (Match m in Regex.Matches(new StreamReader(rels.Open()).ReadToEnd(), "Id=\"([^\"]*)\""))
                    Assert.Matches("^rId[0-9]+$", m.Groups[1].Value);
        }
        using (var package = Package.Open(new MemoryStream(x), FileMode.Open, FileAccess.Read))
        {
            Assert.Equal(T.UtcDateTime, package.PackageProperties.Created);
            Assert.Equal(T.UtcDateTime, package.PackageProperties.Modified);
        }
        using var wb = new XLWorkbook(new MemoryStream(x));
        Assert.Equal("Co", wb.Worksheet("Indicators").Cell(2, 1).GetString());
    }

    [Fact]
    public void A_time_before_1980_is_kept_in_core_xml_and_clamped_in_the_zip()
    {
        var epoch = DateTimeOffset.FromUnixTimeSeconds(0);
        byte[] x = RiskWorkbook.Render(Risk(epoch), new ReportText("en"));
        using var zip = new ZipArchive(new MemoryStream(x));
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        Assert.Contains("1970-01-01T00:00:00Z", new StreamReader(zip.GetEntry("docProps/core.xml")!.Open()).ReadToEnd());
    }
}
