using ClosedXML.Excel;
using Junkan.Core.Risk;
using Junkan.Reports.Excel;
using Junkan.Reports.Localization;

namespace Junkan.Reports.Tests;

public class RiskWorkbookTests
{
    [Fact]
    public void Workbook_holds_the_same_tables_with_numbers_as_numbers()
    {
        var report = ReportFixture.Create();
        using var wb = new XLWorkbook(new MemoryStream(RiskWorkbook.Render(report, new ReportText("en"))));
        Assert.Equal(["Overview", "Indicators", "Inputs", "Critical-materials lists", "Policy", "Settings", "Sources", "Manifest"], wb.Worksheets.Select(w => w.Name));
        var ind = wb.Worksheet("Indicators");
        int rows = report.Elements.Sum(e => e.Profile.Results.Count);
        Assert.Equal(rows + 1, ind.LastRowUsed().RowNumber());
        var coMine = ind.RowsUsed().Skip(1).First(r => r.Cell(1).GetString() == "Co" && r.Cell(3).GetString() == "production_concentration");
        double expected = report.Elements[0].Profile.Get(RiskIndicator.ProductionConcentration).Value!.Value;
        Assert.Equal(expected, coMine.Cell(5).GetDouble(), 9);
        Assert.Equal("High", coMine.Cell(7).GetString());
    }

    [Fact]
    public void Inputs_sheet_lists_every_country_with_its_source()
    {
        var report = ReportFixture.Create();
        using var wb = new XLWorkbook(new MemoryStream(RiskWorkbook.Render(report, new ReportText("ja"))));
        var inputs = wb.Worksheet("基礎データ");
        var coMine = inputs.RowsUsed().Skip(1).Where(r => r.Cell(1).GetString() == "Co" && r.Cell(2).GetString() == "鉱山生産").ToArray();
        Assert.Equal(6, coMine.Length);   // 4 countries, Other countries, World total
        Assert.All(coMine, r => Assert.Equal("usgs-mcs-2024", r.Cell(9).GetString()));
        Assert.Equal(170_000, coMine[0].Cell(6).GetDouble());
    }
}
