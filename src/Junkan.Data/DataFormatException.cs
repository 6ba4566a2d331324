namespace Junkan.Data;

/// <summary>Bad input data: names the file, the row (1-based, header = 1), the column and what is wrong.</summary>
public sealed class DataFormatException(string file, int? row, string? column, string problem)
    : Exception($"{file}:{row?.ToString() ?? "-"}:{column ?? "-"}: {problem}")
{
    public string File { get; } = file;
    public int? Row { get; } = row;
    public string? Column { get; } = column;
    public string Problem { get; } = problem;
}
