using System.Text;
using Junkan.Core.Inputs;
using Junkan.Data.Applications;
using Junkan.Data.Customs;
using Junkan.Data.EuCrm;
using Junkan.Data.Wgi;

namespace Junkan.Data.Tests.Imports;

/// <summary>
/// Hostile inputs to the WGI, EU CRM, applications and customs importers, each run with its writer on a copy of the
/// bundled data: refused with the place named, and every reference table byte-identical afterwards.
/// </summary>
public sealed class HostileImportTests
{
    /// <summary>An importer run from input file to written tables.</summary>
    public enum Importer { Wgi, EuCrm, Applications, Customs }

    /// <summary>A case: the importer, the input made in the sandbox, the start of the message (place) and a phrase of the problem.</summary>
    public sealed record Case(string Name, Importer Importer, Func<ImportSandbox, string> Input, Func<ImportSandbox, string> Place, string Problem)
    {
        public override string ToString() => $"{Importer}: {Name}";
    }

    private static string Raw(Importer i) => i switch
    {
        Importer.Wgi => TestPaths.Raw("wgi", "wgidataset.csv"),
        Importer.EuCrm => TestPaths.Raw("eu-crm-2023", "eureport_results.csv"),
        Importer.Applications => TestPaths.Raw("usgs-mcs", "mcs2024", "trends", "MCS2024_T4_Critical_Minerals_End_Use.csv"),
        _ => throw new ArgumentOutOfRangeException(nameof(i)),
    };

    /// <summary>A copy of the importer's public file in the sandbox, its lines edited; no final newline unless <paramref name="finalNewline"/>.</summary>
    private static Func<ImportSandbox, string> Edited(Importer i, Func<string[], string[]> edit, bool finalNewline = true) => s =>
    {
        string path = Path.Combine(s.Root, i == Importer.Customs ? "imports.csv" : Path.GetFileName(Raw(i)));
        string[] lines = i == Importer.Customs ? CustomsLines : File.ReadAllText(Raw(i)).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        File.WriteAllText(path, string.Join("\n", edit(lines)) + (finalNewline ? "\n" : ""), new UTF8Encoding(false));
        return path;
    };

    private static readonly string[] CustomsLines =
    [
        "Exp or Imp,Year,Custom,HS,Country,Unit1,Unit2,Quantity1-Year,Quantity2-Year,Value-Year",
        "2,2023,100,260400000,118,MT,KG,1000,1000000,150000",
        "2,2023,100,260400000,117,,MT,0,1000,90000",
    ];

    private static string Name(Importer i) => i == Importer.Customs ? "imports.csv" : Path.GetFileName(Raw(i));

    public static TheoryData<Case> Cases()
    {
        var data = new TheoryData<Case>();
        foreach (var i in Enum.GetValues<Importer>())
        {
            data.Add(new("missing file", i, s => Path.Combine(s.Root, "none.csv"), s => $"{Path.Combine(s.Root, "none.csv")}: ", "file not found"));
            data.Add(new("folder instead of file", i, s => s.Root, s => $"{s.Root}: ", "is a folder, not a file"));
            data.Add(new("header-only file", i, Edited(i, l => [l[0]]), _ => $"{Name(i)}:1:-: ", "no data rows"));
            data.Add(new("short last row without a final newline", i, Edited(i, l => [.. l[..^1], l[^1][..(l[^1].IndexOf(',') + 1)]], finalNewline: false),
                _ => $"{Name(i)}:", "the file has no final newline"));
        }
        data.Add(new("truncated inside a quoted field", Importer.Applications, Edited(Importer.Applications, l => [.. l.Take(6), l[6][..30]], finalNewline: false),
            _ => "MCS2024_T4_Critical_Minerals_End_Use.csv:7:Primary Applications: ", "ends inside a quoted field"));
        data.Add(new("short middle row", Importer.EuCrm, Edited(Importer.EuCrm, l => [l[0], l[1], "Aluminium,1.2,5.8", .. l.Skip(3)]),
            _ => "eureport_results.csv:3:eu_used_stage: ", "3 fields, the header has 17"));
        data.Add(new("shrink: years cut", Importer.Wgi, Edited(Importer.Wgi, l => [l[0], .. l.Skip(1).Where(x => x.Contains(",2023,", StringComparison.Ordinal))]),
            _ => "wgi.csv:-:country: ", "AFG: 14 rows before, 1 now"));
        data.Add(new("shrink: a material absent", Importer.EuCrm, Edited(Importer.EuCrm, l => [.. l.Where(x => !x.StartsWith("Tungsten,", StringComparison.Ordinal))]),
            _ => "eu_crm_2023.csv:-:material: ", "1 group(s) below 50 % of their rows (Tungsten: 1 rows before, none now (absent))"));
        data.Add(new("shrink: an element absent", Importer.Applications, Edited(Importer.Applications, l => [.. l.Where(x => !x.StartsWith("MCS2024,Tungsten,", StringComparison.Ordinal))]),
            _ => "applications.csv:-:element: ", "1 group(s) below 50 % of their rows (W: 1 rows before, none now (absent))"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_is_refused_naming_the_place_and_changes_no_table(Case c)
    {
        using var s = new ImportSandbox();
        string input = c.Input(s);
        var e = Assert.ThrowsAny<InputException>(() => Run(c.Importer, input, s.Reference));
        Assert.StartsWith(c.Place(s), e.Message);
        Assert.Contains(c.Problem, e.Message);
        s.AssertReferenceUnchanged();
    }

    [Theory]
    [InlineData(Importer.Wgi)]
    [InlineData(Importer.EuCrm)]
    [InlineData(Importer.Applications)]
    public void The_bundled_public_files_import_unchanged_into_a_copy(Importer i)
    {
        using var s = new ImportSandbox();
        Run(i, Raw(i), s.Reference);
        s.AssertReferenceUnchanged();
    }

    private static void Run(Importer i, string input, string reference)
    {
        switch (i)
        {
            case Importer.Wgi: WgiImporter.Write(reference, WgiImporter.Import(input, Path.Combine(reference, "wgi_crosswalk.csv"), 2010, 2100)); break;
            case Importer.EuCrm: EuCrmImporter.ImportInto(input, reference); break;
            case Importer.Applications: UsgsApplicationsImporter.Write(reference, UsgsApplicationsImporter.Import(input, reference)); break;
            case Importer.Customs: CustomsImporter.WriteTo(reference, CustomsImporter.Import([input], reference)); break;
        }
    }
}
