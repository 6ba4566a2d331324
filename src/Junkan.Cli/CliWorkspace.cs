using Junkan.Application;

namespace Junkan.Cli;

/// <summary>Opens the workspace the options point to (defaults: the repository's data/reference and config/).</summary>
internal static class CliWorkspace
{
    public static Workspace Open(string? data, string? settings, string? selection = null) =>
        Workspace.Open(DataCatalogue.Locate(data, settings, selection));
}
