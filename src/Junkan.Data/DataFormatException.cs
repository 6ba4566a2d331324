using Junkan.Core.Inputs;

namespace Junkan.Data;

/// <summary>Bad input data: names the file, the row (1-based, header = 1), the column and what is wrong.</summary>
public sealed class DataFormatException(string file, int? row, string? column, string problem)
    : InputException(file, row, column, problem)
{
    public string File => Place;
}
