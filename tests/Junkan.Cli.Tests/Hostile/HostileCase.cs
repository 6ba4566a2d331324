namespace Junkan.Cli.Tests.Hostile;

/// <summary>
/// One hostile input: <see cref="Arrange"/> spoils the workspace and returns the command line and the fragments the
/// one-line error must contain (file:row:column, or the option); <see cref="Code"/> is the expected exit code.
/// Exit 0 cases (a BOM, CRLF line ends) must print the same stdout as the pristine data (<see cref="Run.SameAsPristine"/>).
/// </summary>
internal sealed record HostileCase(string Name, int Code, Func<Workspace, Run> Arrange)
{
    public override string ToString() => Name;
}

/// <summary>The command line of a case and what its error line must name.</summary>
internal sealed record Run(string[] Args, params string[] Place)
{
    /// <summary>For exit-0 cases: stdout must equal that of the same command on the pristine workspace.</summary>
    public bool SameAsPristine { get; init; }

    /// <summary>
    /// For a failing side output (a chart): stdout must be complete, equal to that of the command without this option;
    /// null: stdout must be empty.
    /// </summary>
    public string? CompleteWithout { get; init; }
}
