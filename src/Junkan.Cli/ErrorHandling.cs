using Junkan.Core.Inputs;

namespace Junkan.Cli;

/// <summary>
/// Maps exceptions to exit codes: an <see cref="InputException"/> is the user's (usage 1, bad input 2), anything else
/// is Junkan's own bug (internal 3). One readable line on stderr; the stack trace only under <c>--verbose</c>.
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
            Console.Error.WriteLine($"junkan: usage: {u.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (Unwrap(e) is InputException or FileNotFoundException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"junkan: bad input: {Unwrap(e).Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"junkan: internal error: {Unwrap(e).GetType().Name}: {Unwrap(e).Message}" + (verbose ? "" : " (run with --verbose for the trace)"));
            if (verbose) Console.Error.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }

    private static Exception Unwrap(Exception e) => e is AggregateException { InnerException: { } i } ? Unwrap(i) : e;
}
