namespace Junkan.Architecture.Tests;

/// <summary>
/// Dependencies point inwards: Core is pure (no Data, Reports or I/O packages, no file, console, network or
/// environment access); Data and Reports are adapters around Core that do not know each other; the application
/// layer knows no front end (CLI or web packages).
/// </summary>
public sealed class LayerTests
{
    private static readonly string[] IoPackages = ["CsvHelper", "YamlDotNet", "ClosedXML", "DocumentFormat.OpenXml", "Spectre.Console", "System.CommandLine", "Microsoft.Data.Sqlite"];
    private static readonly string[] FrontEndPackages = ["System.CommandLine", "Spectre.Console", "Microsoft.AspNetCore", "junkan", "Junkan.Web"];

    /// <summary>Types that read or write the outside world (files, console, network, process, environment).</summary>
    private static readonly string[] IoTypes =
    [
        "System.IO.File", "System.IO.FileStream", "System.IO.FileInfo", "System.IO.Directory", "System.IO.DirectoryInfo", "System.IO.StreamReader",
        "System.IO.StreamWriter", "System.IO.FileSystemInfo", "System.Console", "System.Diagnostics.Process", "System.Net.Http.HttpClient",
    ];

    /// <summary>Members that read the process's surroundings or the wall clock (Environment.ProcessorCount, a sizing hint, is allowed).</summary>
    private static readonly string[] AmbientMembers =
    [
        "System.Environment.GetEnvironmentVariable", "System.Environment.get_CurrentDirectory", "System.Environment.GetCommandLineArgs", "System.Environment.Exit",
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow",
    ];

    public LayerTests() => _ = AssemblyScan.Loaded;

    [Fact]
    public void Core_references_no_adapter_project_and_no_io_package()
    {
        var refs = AssemblyScan.References("Junkan.Core");
        Assert.DoesNotContain(refs, r => r.StartsWith("Junkan.", StringComparison.Ordinal));
        Assert.DoesNotContain(refs, r => IoPackages.Any(p => r.StartsWith(p, StringComparison.Ordinal)));
    }

    [Fact]
    public void Core_uses_no_file_console_network_or_environment_type()
    {
        var used = AssemblyScan.TypesUsed("Junkan.Core");
        Assert.Equal([], IoTypes.Where(used.Contains));
        var members = AssemblyScan.MembersUsed("Junkan.Core");
        Assert.Equal([], AmbientMembers.Where(members.Contains));
    }

    [Fact]
    public void The_scan_sees_ambient_members_where_there_are_some() =>
        Assert.Contains("System.Environment.GetEnvironmentVariable", AssemblyScan.MembersUsed("junkan"));

    /// <summary>Data editions are the data's business: the pure core names no citation of a particular release.</summary>
    [Fact]
    public void Core_hard_codes_no_data_edition()
    {
        string[] editions = ["wb-wgi-", "usgs-mcs-", "ec-crm-", "meti-", "jogmec-", "unep-"];
        Assert.Equal([], AssemblyScan.StringLiterals("Junkan.Core").Where(s => editions.Any(e => s.Contains(e, StringComparison.Ordinal))));
        Assert.Contains(AssemblyScan.StringLiterals("Junkan.Core"), s => s.Contains("junkan-assumption", StringComparison.Ordinal));   // the scan reads literals
    }

    [Fact]
    public void The_scan_sees_io_where_there_is_some() =>
        Assert.Contains("System.IO.File", AssemblyScan.TypesUsed("Junkan.Data"));

    [Theory]
    [InlineData("Junkan.Data", "Junkan.Reports")]
    [InlineData("Junkan.Reports", "Junkan.Data")]
    public void Adapters_do_not_know_each_other(string assembly, string other)
    {
        var refs = AssemblyScan.References(assembly);
        Assert.DoesNotContain(other, refs);
        Assert.DoesNotContain("Junkan.Application", refs);
        Assert.DoesNotContain("junkan", refs);
    }

    [Fact]
    public void Application_references_no_front_end()
    {
        var refs = AssemblyScan.References("Junkan.Application");
        Assert.DoesNotContain(refs, r => FrontEndPackages.Any(p => r.StartsWith(p, StringComparison.Ordinal)));
        Assert.DoesNotContain("System.Console", AssemblyScan.TypesUsed("Junkan.Application"));
    }

    [Fact]
    public void The_cli_reaches_data_reports_and_core_only_through_the_application_layer_for_its_use_cases()
    {
        // The CLI may name Core and Data types (results, settings descriptions), but loads nothing itself.
        var used = AssemblyScan.TypesUsed("junkan");
        string[] loaders = ["Junkan.Data.Reference.ReferenceDataLoader", "Junkan.Data.Stocks.ProductDataLoader", "Junkan.Data.Recyclability.RecyclabilityDataLoader",
            "Junkan.Core.Selection.MonteCarloSelection", "Junkan.Core.Recyclability.RecyclabilityAssessor", "Junkan.Core.Stocks.Products.EndOfLifeModel",
            "Junkan.Core.Policy.PolicyEvaluator", "Junkan.Reports.Html.RiskReportHtml", "Junkan.Reports.Html.RecyclabilityReportHtml"];
        Assert.Equal([], loaders.Where(used.Contains));
    }
}
