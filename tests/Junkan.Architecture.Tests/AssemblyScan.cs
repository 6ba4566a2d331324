using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Junkan.Architecture.Tests;

/// <summary>Reads an assembly's metadata without loading it: the assemblies it references and the full names of the types it uses.</summary>
internal static class AssemblyScan
{
    public static string PathOf(string assemblyName) => Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");

    public static IReadOnlyList<string> References(string assemblyName)
    {
        using var pe = new PEReader(File.OpenRead(PathOf(assemblyName)));
        var md = pe.GetMetadataReader();
        return md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToArray();
    }

    /// <summary>Full names (namespace.name) of every type the assembly references from other assemblies.</summary>
    public static IReadOnlySet<string> TypesUsed(string assemblyName)
    {
        using var pe = new PEReader(File.OpenRead(PathOf(assemblyName)));
        var md = pe.GetMetadataReader();
        return md.TypeReferences.Select(h => md.GetTypeReference(h)).Select(t => $"{md.GetString(t.Namespace)}.{md.GetString(t.Name)}").ToHashSet();
    }

    /// <summary>Members (Namespace.Type.Member) the assembly calls on types of other assemblies.</summary>
    public static IReadOnlySet<string> MembersUsed(string assemblyName)
    {
        using var pe = new PEReader(File.OpenRead(PathOf(assemblyName)));
        var md = pe.GetMetadataReader();
        var names = new HashSet<string>();
        foreach (var h in md.MemberReferences)
        {
            var m = md.GetMemberReference(h);
            if (m.Parent.Kind != HandleKind.TypeReference) continue;
            var t = md.GetTypeReference((TypeReferenceHandle)m.Parent);
            names.Add($"{md.GetString(t.Namespace)}.{md.GetString(t.Name)}.{md.GetString(m.Name)}");
        }
        return names;
    }

    /// <summary>Every string literal in the assembly (the #US heap).</summary>
    public static IReadOnlyList<string> StringLiterals(string assemblyName)
    {
        using var pe = new PEReader(File.OpenRead(PathOf(assemblyName)));
        var md = pe.GetMetadataReader();
        var strings = new List<string>();
        for (var h = MetadataTokens.UserStringHandle(1); !h.IsNil; h = md.GetNextHandle(h)) strings.Add(md.GetUserString(h));
        return strings;
    }

    /// <summary>One type of each Junkan assembly (naming them keeps them in the test output folder).</summary>
    public static Assembly[] Loaded => [typeof(Junkan.Core.Inputs.InputException).Assembly, typeof(Junkan.Data.DataFormatException).Assembly,
        typeof(Junkan.Reports.Model.RunManifest).Assembly, typeof(Junkan.Application.Workspace).Assembly, typeof(Junkan.Cli.JunkanApp).Assembly];
}
