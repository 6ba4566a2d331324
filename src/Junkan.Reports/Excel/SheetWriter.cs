using ClosedXML.Excel;

namespace Junkan.Reports.Excel;

/// <summary>Appends typed rows to a worksheet: strings stay text (never parsed as formulas), numbers stay numbers.</summary>
internal sealed class SheetWriter
{
    private readonly IXLWorksheet ws;
    private int row;

    public SheetWriter(XLWorkbook wb, string name, params string[] header)
    {
        ws = wb.Worksheets.Add(name);
        Add(header);
        ws.Row(1).Style.Font.Bold = true;
        ws.Row(1).Style.Fill.BackgroundColor = XLColor.FromHtml("#EEF3F8");
        ws.SheetView.FreezeRows(1);
        for (int c = 1; c <= header.Length; c++) ws.Column(c).Width = Math.Clamp(header[c - 1].Length + 4, 10, 40);
    }

    public IXLWorksheet Sheet => ws;

    /// <summary>Writes one row; cells may be string, int, double, null.</summary>
    public IXLRow Add(params object?[] cells)
    {
        row++;
        for (int c = 0; c < cells.Length; c++)
        {
            var cell = ws.Cell(row, c + 1);
            switch (cells[c])
            {
                case null: break;
                case string s: cell.SetValue(s); break;
                case int i: cell.SetValue(i); break;
                case long l: cell.SetValue(l); break;
                case double d: cell.SetValue(d); break;
                default: cell.SetValue(cells[c]!.ToString()); break;
            }
        }
        return ws.Row(row);
    }
}
