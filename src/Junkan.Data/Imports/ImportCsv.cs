using System.Text;
using Junkan.Data.Reference;

namespace Junkan.Data.Imports;

/// <summary>
/// How importers read a third-party CSV: the path must be a file, the file must not look truncated
/// (<see cref="CsvIntegrity"/>), and it must hold at least one data row; then it is read as a <see cref="CsvTable"/>.
/// </summary>
public static class ImportCsv
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(false, true);

    public static CsvTable Read(string path, params string[] required) => Read(path, Utf8Strict, required);

    public static CsvTable Read(string path, Encoding encoding, params string[] required) =>
        NotEmpty(Checked(path, encoding, () => CsvTable.Read(path, encoding, required)));

    /// <summary>As <see cref="CsvTable.ReadRagged"/>: long rows are kept for the importer to judge; short rows are still refused.</summary>
    public static CsvTable ReadRagged(string path, params string[] required) =>
        NotEmpty(Checked(path, Utf8Strict, () => CsvTable.ReadRagged(path, required)));

    private static CsvTable Checked(string path, Encoding encoding, Func<CsvTable> read)
    {
        ImportPaths.RequireFile(path);
        CsvIntegrity.Check(path, encoding);
        return read();
    }

    private static CsvTable NotEmpty(CsvTable t) =>
        t.Rows.Any() ? t : throw new DataFormatException(t.File, 1, null, "the file has a header but no data rows: nothing to import");
}
