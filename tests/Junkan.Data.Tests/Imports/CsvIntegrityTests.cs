using System.Text;
using Junkan.Data.Imports;

namespace Junkan.Data.Tests.Imports;

/// <summary>Truncated and short CSV files are refused with file, row and column; sound files of every shape pass.</summary>
public sealed class CsvIntegrityTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("junkan-integrity-").FullName;

    public void Dispose() => Directory.Delete(dir, true);

    private string File(string text)
    {
        string path = Path.Combine(dir, "t.csv");
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(true));
        return path;
    }

    public static TheoryData<string, string, string> Truncated => new()
    {
        // the file ends inside the quoted notes of row 3 (CsvHelper would read the rest of the file as that field)
        { "a,b,notes\n1,2,x\n3,4,\"cut in the mid", "t.csv:3:notes:", "ends inside a quoted field opened on line 3" },
        // the quoted field opens on line 3 and runs over line 4 before the cut
        { "a,b,notes\n1,2,x\n3,4,\"two\nlines and cut", "t.csv:3:notes:", "opened on line 3" },
        // a middle row with two fields of three
        { "a,b,c\n1,2,3\n4,5\n6,7,8\n", "t.csv:3:c:", "2 fields, the header has 3" },
        // the last row is short and there is no final newline: the cut
        { "a,b,c\r\n1,2,3\r\n4,5", "t.csv:3:c:", "no final newline" },
        // a row after a quoted multi-line field: its row is its own first line
        { "a,b,c\n1,\"x\ny\",3\n4\n", "t.csv:4:b:", "1 fields, the header has 3" },
    };

    [Theory]
    [MemberData(nameof(Truncated))]
    public void Truncated_files_are_refused_with_file_row_and_column(string text, string place, string problem)
    {
        var e = Assert.Throws<DataFormatException>(() => CsvIntegrity.Check(File(text), Encoding.UTF8));
        Assert.StartsWith(place, e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3\n")]
    [InlineData("a,b,c\n1,2,3")]                       // no final newline, but the last row is whole (wgidataset.csv)
    [InlineData("a,b,c\r\n1,\"x,\r\ny\",3\r\n")]       // a comma and a line break inside quotes
    [InlineData("a,b,c\n1,\"say \"\"hi\"\"\",3\n")]    // escaped quotes
    [InlineData("a,b,c\n\n1,2,3\n\n,,\n")]             // blank rows are skipped, as CsvTable skips them
    [InlineData("\na,b,c\n1,2,3\n")]                   // a blank line before the header
    [InlineData("a,b,c\n1,2,3,4\n")]                   // a long row is the importer's to judge
    [InlineData("a,b\n1,x\"y\n")]                      // a quote inside an unquoted field is a character
    public void Sound_files_pass(string text) => CsvIntegrity.Check(File(text), Encoding.UTF8);

    [Fact]
    public void A_header_only_file_is_refused_by_the_import_reader()
    {
        var e = Assert.Throws<DataFormatException>(() => ImportCsv.Read(File("a,b,c\n"), "a"));
        Assert.StartsWith("t.csv:1:-:", e.Message);
        Assert.Contains("no data rows", e.Message);
    }

    [Fact]
    public void A_missing_file_and_a_folder_are_refused_naming_the_path()
    {
        string missing = Path.Combine(dir, "none.csv");
        Assert.Contains($"{missing}: file not found", Assert.Throws<DataFormatException>(() => ImportCsv.Read(missing)).Message);
        Assert.Contains($"{dir}: is a folder, not a file", Assert.Throws<DataFormatException>(() => ImportCsv.Read(dir)).Message);
    }

    [Fact]
    public void The_vendored_public_files_pass()
    {
        foreach (var f in Directory.GetFiles(TestPaths.Raw(), "*.csv", SearchOption.AllDirectories))
            CsvIntegrity.Check(f, Encoding.UTF8);
    }
}
