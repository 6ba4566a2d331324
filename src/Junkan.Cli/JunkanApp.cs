using System.CommandLine;
using Junkan.Cli.Commands;

namespace Junkan.Cli;

/// <summary>The junkan command tree and its entry point (separate from Program so that tests can run it in-process).</summary>
public static class JunkanApp
{
    public static RootCommand Root() => new("Junkan (循環): supply risk and resource circulation of critical elements")
    {
        RiskCommand.Create(),
        PolicyCommand.Create(),
        ReportCommand.Create(),
        StocksCommand.Create(),
        AssessCommand.Create(),
        SelectCommand.Create(),
        DataCommand.Create(),
    };

    /// <summary>Parses and runs; returns the exit code (<see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args) =>
        ErrorHandling.Run(() => Root().Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
}
