using System.CommandLine;
using Junkan.Core.Inputs;

namespace Junkan.Cli;

/// <summary>
/// Maps exceptions to exit codes: an <see cref="InputException"/> is the user's (usage 1, bad input 2), a file that
/// cannot be read or written (missing, a folder, no permission, disk full) or a path .NET refuses (a NUL character) is
/// bad input too (2); anything else is
/// Junkan's own bug (internal 3). One readable line on stderr; the stack trace only under <c>--verbose</c>.
/// </summary>
public static class ErrorHandling
{
    public static int Run(Func<int> action, bool verbose = false)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (Unwrap(e) is UsageException u)
        {
            return Report(ExitCodes.Usage, $"usage: {u.Message}");
        }
        catch (Exception e) when (Unwrap(e) is InputException or FileNotFoundException or DirectoryNotFoundException)
        {
            return Report(ExitCodes.BadInput, $"bad input: {Unwrap(e).Message}");
        }
        catch (Exception e) when (Unwrap(e) is ArgumentException { ParamName: "path" } a)
        {
            // .NET's path functions refuse a path the user typed (a NUL character): bad input, not Junkan's bug.
            return Report(ExitCodes.BadInput, $"bad input: not a usable file path: {a.Message.Replace(" (Parameter 'path')", "", StringComparison.Ordinal)}");
        }
        catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException)
        {
            return Report(ExitCodes.BadInput, OnConsole(Unwrap(e)) ? $"cannot write to standard output: {Unwrap(e).Message}" : $"cannot read or write: {Unwrap(e).Message}");
        }
        catch (Exception e)
        {
            var inner = Unwrap(e);
            int code = Report(ExitCodes.InternalError, $"internal error: {inner.GetType().Name}: {inner.Message}" + (verbose ? "" : " (run with --verbose for the trace)"));
            if (verbose) Write(e.ToString());
            return code;
        }
    }

    /// <summary>A command line System.CommandLine refused (unknown option, missing or malformed value): one line, exit 1.</summary>
    public static int Usage(ParseResult parse)
    {
        var names = new List<string>();
        for (var c = parse.CommandResult; c.Parent is System.CommandLine.Parsing.CommandResult parent; c = parent) names.Insert(0, c.Command.Name);
        string command = string.Join(" ", names.Prepend("junkan"));
        return Report(ExitCodes.Usage, $"usage: {string.Join("; ", parse.Errors.Select(Describe))} (see {command} --help)");
    }

    /// <summary>A parse error, prefixed with the option it concerns when the message does not name it.</summary>
    private static string Describe(System.CommandLine.Parsing.ParseError e)
    {
        var option = e.SymbolResult switch
        {
            System.CommandLine.Parsing.OptionResult o => o.Option,
            System.CommandLine.Parsing.ArgumentResult { Parent: System.CommandLine.Parsing.OptionResult o } => o.Option,
            _ => null,
        };
        string message = OneLine(e.Message);
        return option is null || message.Contains(option.Name, StringComparison.Ordinal) ? message : $"{option.Name}: {message}";
    }

    private static int Report(int code, string line)
    {
        Write($"junkan: {OneLine(line)}");
        return code;
    }

    /// <summary>Writes to stderr; a failing stderr (closed, full) must not turn the exit code into a crash.</summary>
    private static void Write(string text)
    {
        try { Console.Error.WriteLine(text); }
        catch (IOException) { }
    }

    /// <summary>Whether an I/O error came from the console streams (stdout to a full disk, a closed pipe): those have no path to name.</summary>
    private static bool OnConsole(Exception e) =>
        new System.Diagnostics.StackTrace(e).GetFrames().Any(f => f.GetMethod()?.DeclaringType is { Namespace: "System" } t && (t.Name == "ConsolePal" || t.Name.Contains("ConsoleStream", StringComparison.Ordinal)));

    private static string OneLine(string s) => string.Join(" ", s.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerException: { } i } ? Unwrap(i) : e;
}
