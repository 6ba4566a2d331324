namespace Junkan.Cli.Tests;

/// <summary>Runs junkan in-process with stdout and stderr captured (tests of this assembly run one at a time: Console is global).</summary>
internal static class CliRunner
{
    private static readonly object Gate = new();

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            var (o, e) = (new StringWriter(), new StringWriter());
            Console.SetOut(o);
            Console.SetError(e);
            try { return (JunkanApp.Run(args), o.ToString(), e.ToString()); }
            finally { Console.SetOut(oldOut); Console.SetError(oldErr); }
        }
    }

    /// <summary>The repository root (where data/reference lives), found above the test binaries.</summary>
    public static string RepoRoot() => Junkan.Testing.TestRepository.Root;
}
