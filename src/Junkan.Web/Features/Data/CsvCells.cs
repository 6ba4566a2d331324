namespace Junkan.Web.Features.Data;

/// <summary>The cells of a CSV text (RFC 4180 quoting, "" inside quotes), with 1-based row (line of the record start) and column.</summary>
internal static class CsvCells
{
    public static IEnumerable<(int Row, int Column, string Cell)> Of(string text)
    {
        var cell = new System.Text.StringBuilder();
        int row = 1, line = 1, column = 1;
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else { if (ch == '\n') line++; cell.Append(ch); }
                continue;
            }
            switch (ch)
            {
                case '"' when cell.Length == 0: quoted = true; break;
                case ',': yield return (row, column++, cell.ToString()); cell.Clear(); break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n': break;
                case '\n':
                    yield return (row, column, cell.ToString());
                    cell.Clear();
                    row = ++line;
                    column = 1;
                    break;
                default: cell.Append(ch); break;
            }
        }
        if (cell.Length > 0 || column > 1) yield return (row, column, cell.ToString());
    }
}
