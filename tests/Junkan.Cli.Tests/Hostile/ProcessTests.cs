using System.Diagnostics;

namespace Junkan.Cli.Tests.Hostile;

/// <summary>Hostile cases that need a real process: stdout on a full disk, and a nesting bomb that once overflowed the stack (exit 134).</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("junkan-process-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Runs the built junkan through /bin/sh with stdout redirected to <paramref name="stdout"/>.</summary>
    private static (int Code, string Err) Junkan(string stdout, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "junkan.dll");
        string Quote(string s) => "'" + s.Replace("'", "'\\''") + "'";
        var psi = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet {Quote(dll)} {string.Join(" ", args.Select(Quote))} > {Quote(stdout)}"])
        {
            RedirectStandardError = true,
            WorkingDirectory = CliRunner.RepoRoot(),
        };
        using var p = Process.Start(psi)!;
        string err = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(120_000), "junkan did not finish in 2 minutes");
        return (p.ExitCode, err);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("table")]
    public void Stdout_on_a_full_disk_is_one_line_exit_2(string format)
    {
        Assert.True(File.Exists("/dev/full"), "the test needs Linux's /dev/full");
        var (code, err) = Junkan("/dev/full", "risk", "--format", format);
        Assert.Equal(2, code);
        string line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("junkan: cannot write to standard output: No space left on device", line.Trim());
    }

    [Fact]
    public void A_nesting_bomb_exits_2_without_a_stack_overflow()
    {
        string yaml = Path.Combine(_dir, "deep.yaml");
        File.WriteAllText(yaml, "name: deep\nmeasures: " + new string('[', 50_000) + "\n");
        var (code, err) = Junkan(Path.Combine(_dir, "out.txt"), "policy", "--scenario", yaml);
        Assert.Equal(2, code);
        Assert.Equal("junkan: bad input: deep.yaml:2:-: nested deeper than the limit of 32 levels", Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim());
        Assert.Equal("", File.ReadAllText(Path.Combine(_dir, "out.txt")));
    }
}
