using System.IO.Compression;
using System.Net.Http.Headers;
using ClosedXML.Excel;

namespace Junkan.Web.Tests;

/// <summary>Builds upload requests and workbooks for the data-page tests.</summary>
internal static class Uploads
{
    public const string ComtradeHeader = "Source.Name,RefYear,ReporterCode,ReporterISO,FlowCode,FlowDesc,PartnerCode,PartnerISO,PartnerDesc,CmdCode,CmdDesc,NetWgt,PrimaryValue,Column1";

    public static MultipartFormDataContent Form(string kind, byte[] bytes, string fileName, string contentType = "text/csv", string? name = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
        if (name is not null) form.Add(new StringContent(name), "name");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        return form;
    }

    public static MultipartFormDataContent Csv(string kind, string text, string fileName = "upload.csv") => Form(kind, System.Text.Encoding.UTF8.GetBytes(text), fileName);

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A template workbook whose imports sheet holds <paramref name="rows"/> below the header (a cell starting with '=' becomes a formula).</summary>
    public static byte[] Template(params string[][] rows)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("imports");
        string[] header = ["element", "stage", "partner", "year", "share", "total_t", "source_id", "quality", "note"];
        for (int c = 0; c < header.Length; c++) ws.Cell(1, c + 1).Value = header[c];
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < rows[r].Length; c++)
                if (rows[r][c].StartsWith('=')) ws.Cell(r + 2, c + 1).FormulaA1 = rows[r][c][1..];
                else ws.Cell(r + 2, c + 1).SetValue(rows[r][c]);
        using var s = new MemoryStream();
        wb.SaveAs(s);
        return s.ToArray();
    }

    /// <summary>A zip that looks like a workbook but holds one entry inflating to <paramref name="megabytes"/> MiB of zeros.</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var s = new MemoryStream();
        using (var zip = new ZipArchive(s, ZipArchiveMode.Create, true))
        {
            using (var w = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open())) w.Write("<Types/>");
            using var e = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) e.Write(zeros);
        }
        return s.ToArray();
    }
}
