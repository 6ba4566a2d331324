using System.Reflection;

namespace Junkan.Application.Reports;

/// <summary>The informational version of Junkan (includes the git commit when built from a clone), stamped into run manifests.</summary>
public static class CodeVersion
{
    public static string Current { get; } =
        typeof(CodeVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
