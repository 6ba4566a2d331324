using Junkan.Core.Policy;
using Junkan.Data;

namespace Junkan.Cli;

/// <summary>Maps exceptions to exit codes: one readable line on stderr, then the detail.</summary>
public static class ErrorHandling
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (Unwrap(e) is DataFormatException or PolicyException or ArgumentException or FileNotFoundException or DirectoryNotFoundException)
        {
            var inner = Unwrap(e);
            Console.Error.WriteLine($"junkan: bad input: {inner.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"junkan: internal error: {Unwrap(e).Message}");
            Console.Error.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerException: { } i } ? Unwrap(i) : e;
}
