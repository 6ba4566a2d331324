namespace Junkan.Core.Inputs;

/// <summary>
/// The family of errors caused by what the user gave (a data, settings or scenario file, a series, an option value),
/// never by a bug. Names the place: <see cref="Place"/> (file or option), <see cref="Row"/> (1-based line or row,
/// header = 1) and <see cref="Column"/> (column or key). Front ends report these as bad input; every other exception
/// is an internal error.
/// </summary>
public abstract class InputException(string source, int? row, string? column, string problem)
    : Exception(Format(source, row, column, problem))
{
    public string Place { get; } = source;
    public int? Row { get; } = row;
    public string? Column { get; } = column;
    public string Problem { get; } = problem;

    private static string Format(string source, int? row, string? column, string problem) =>
        source.Length == 0 || problem.StartsWith(source, StringComparison.Ordinal) ? problem :
        row is null && column is null ? $"{source}: {problem}" : $"{source}:{row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}:{column ?? "-"}: {problem}";
}

/// <summary>A command-line option or argument whose value is not allowed (out of range, unknown name); front ends exit with the usage code.</summary>
public sealed class UsageException(string option, string problem) : InputException(option, null, null, problem);

/// <summary>A well-formed option value that names something the loaded data do not hold (an unknown element or scenario, a year outside the data).</summary>
public sealed class NotInDataException(string option, string problem) : InputException(option, null, null, problem);
