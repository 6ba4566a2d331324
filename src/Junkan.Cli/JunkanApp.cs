using System.CommandLine;
using Junkan.Cli.Commands;

namespace Junkan.Cli;

/// <summary>The junkan command tree and its entry point (separate from Program so that tests can run it in-process).</summary>
public static class JunkanApp
{
    /// <summary>The command tree; <paramref name="verbose"/> is the global <c>--verbose</c> option (the stack trace of an internal error).</summary>
    public static RootCommand Root(out Option<bool> verbose)
    {
        verbose = new Option<bool>("--verbose") { Description = "On an internal error, also print the stack trace", Recursive = true };
        return new RootCommand("Junkan (循環): supply risk and resource circulation of critical elements")
        {
            Options = { verbose },
            Subcommands =
            {
                RiskCommand.Create(),
                PolicyCommand.Create(),
                ReportCommand.Create(),
                StocksCommand.Create(),
                AssessCommand.Create(),
                FlowsCommand.Create(),
                SelectCommand.Create(),
                DataCommand.Create(),
                NetworkCommand.Create(),
                StructureCommand.Create(),
                ServeCommand.Create(),
            },
        };
    }

    /// <summary>Parses and runs; returns the exit code (<see cref="ExitCodes"/>). Response files (<c>@file</c>) are not expanded.</summary>
    public static int Run(string[] args)
    {
        var parse = Root(out var verbose).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parse.Errors.Count > 0) return ErrorHandling.Usage(parse);
        return ErrorHandling.Run(() => parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false }), parse.GetValue(verbose));
    }
}
