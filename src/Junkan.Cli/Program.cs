using System.CommandLine;
using Junkan.Cli;
using Junkan.Cli.Commands;

var root = new RootCommand("Junkan (循環): supply risk and resource circulation of critical elements")
{
    RiskCommand.Create(),
    PolicyCommand.Create(),
    ReportCommand.Create(),
    DataCommand.Create(),
};
return ErrorHandling.Run(() => root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
