using ClosedXML.Excel;

namespace Junkan.Reports.Excel;

/// <summary>
/// Saves a workbook as a package whose bytes depend only on its content and the report time: ClosedXML's random
/// relationship ids and core-properties part name, wall-clock created/modified and entry times are replaced
/// (<see cref="PackageNormaliser"/>), so two runs with the same timestamp give the same SHA-256.
/// </summary>
internal static class WorkbookPackage
{
    public static byte[] Save(XLWorkbook wb, DateTimeOffset reportTime)
    {
        using var ms = new MemoryStream();
        wb.SaveAs(ms);
        return PackageNormaliser.Normalise(ms.ToArray(), reportTime);
    }
}
