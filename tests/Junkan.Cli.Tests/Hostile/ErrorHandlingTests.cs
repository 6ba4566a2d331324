using Junkan.Core.Inputs;

namespace Junkan.Cli.Tests.Hostile;

/// <summary>The exception-to-exit-code map: the user's errors 1 and 2, unreadable or unwritable files 2, Junkan's own bugs 3 with the trace only under --verbose.</summary>
public sealed class ErrorHandlingTests
{
    private static (int Code, string Err) Run(Func<int> action, bool verbose = false)
    {
        var old = Console.Error;
        var err = new StringWriter();
        Console.SetError(err);
        try { return (ErrorHandling.Run(action, verbose), err.ToString()); }
        finally { Console.SetError(old); }
    }

    public static TheoryData<string, int, string> Cases => new()
    {
        { "usage", 1, "junkan: usage: --draws 5: too many" },
        { "data", 2, "junkan: bad input: a.csv:3:value: bad" },
        { "not in data", 2, "junkan: bad input: --element: Xx is unknown" },
        { "io", 2, "junkan: cannot read or write: disk on fire" },
        { "denied", 2, "junkan: cannot read or write: denied /x" },
        { "aggregate", 2, "junkan: bad input: a.csv:3:value: bad" },
        { "bug", 3, "junkan: internal error: ArgumentException: a bug (run with --verbose for the trace)" },
        { "nul path", 2, "junkan: bad input: not a usable file path: Null character in path." },
    };

    private static Exception Make(string kind) => kind switch
    {
        "usage" => new UsageException("--draws", "--draws 5: too many"),
        "data" => new Junkan.Data.DataFormatException("a.csv", 3, "value", "bad"),
        "not in data" => new NotInDataException("--element", "Xx is unknown"),
        "io" => new IOException("disk on fire"),
        "denied" => new UnauthorizedAccessException("denied /x"),
        "aggregate" => new AggregateException(new Junkan.Data.DataFormatException("a.csv", 3, "value", "bad")),
        "nul path" => Thrown(() => Path.GetFullPath("a\0b")),
        _ => new ArgumentException("a bug"),
    };

    /// <summary>The exception .NET itself throws, so that the test follows its real type, parameter name and message.</summary>
    private static Exception Thrown(Action action)
    {
        try { action(); }
        catch (Exception e) { return e; }
        throw new InvalidOperationException("expected an exception");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_family_has_its_code_and_one_line(string kind, int code, string line)
    {
        var (c, err) = Run(() => throw Make(kind));
        Assert.Equal(code, c);
        Assert.Equal(line, err.TrimEnd());
    }

    [Fact]
    public void A_path_with_a_NUL_character_is_bad_input()
    {
        // Found by CommandLinePropertyTests (seed 5wF0cqLk5SC1): File and Path APIs throw ArgumentException("path").
        var (code, _, err) = CliRunner.Run("select", "--weights", "\u0000", "--draws", "0");
        Assert.Equal(2, code);
        Assert.StartsWith("junkan: bad input: not a usable file path", err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trace_of_an_internal_error_only_under_verbose()
    {
        var (quiet, quietErr) = Run(() => throw new InvalidOperationException("boom"));
        var (loud, loudErr) = Run(() => throw new InvalidOperationException("boom"), verbose: true);
        Assert.Equal((3, 3), (quiet, loud));
        Assert.Single(quietErr.TrimEnd().Split('\n'));
        Assert.DoesNotContain(" at ", quietErr);
        Assert.StartsWith("junkan: internal error: InvalidOperationException: boom\n", loudErr.Replace("\r\n", "\n"));
        Assert.Contains(" at ", loudErr);
    }

    [Fact]
    public void Verbose_is_accepted_by_every_command_and_a_multi_line_message_becomes_one_line()
    {
        Assert.Equal(1, CliRunner.Run("risk", "--verbose", "--format", "xml").Code);
        var (code, _, err) = CliRunner.Run("select", "--verbose", "--draws", "0", "--weights", "/nonexistent/w.json");
        Assert.Equal(2, code);
        Assert.Single(err.TrimEnd().Split('\n'));
        var (c2, e2) = Run(() => throw new Junkan.Data.DataFormatException("a.csv", 2, "note", "line one\nline two"));
        Assert.Equal((2, "junkan: bad input: a.csv:2:note: line one line two"), (c2, e2.TrimEnd()));
    }
}
