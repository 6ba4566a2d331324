namespace Junkan.Cli;

/// <summary>Process exit codes of <c>junkan</c>.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Command-line usage error (unknown option, missing argument).</summary>
    public const int Usage = 1;
    /// <summary>Bad input: a data, settings or scenario file is wrong (the message names file, row and column), an option names what the data lack, or a file cannot be read or written.</summary>
    public const int BadInput = 2;
    /// <summary>Internal error: a bug; the detail goes to stderr.</summary>
    public const int InternalError = 3;
}
