using System.Security.Cryptography;
using Junkan.Application.Imports;
using Junkan.Core.Inputs;
using Junkan.Data.Customs;
using Junkan.Data.Imports;

namespace Junkan.Web.Features.Data;

/// <summary>One problem of an upload: the file (as uploaded), the row and column where known, and the message.</summary>
public sealed record UploadError(string File, int? Row, string? Column, string Message);

/// <summary>A table the upload would change and its row count after the change.</summary>
public sealed record TableChange(string Table, int Rows);

/// <summary>The validation of one upload; <see cref="Tables"/> holds the changed tables' text when valid (not serialised).</summary>
public sealed record UploadResult(string Kind, string File, long Bytes, string Sha256, bool Valid, IReadOnlyList<UploadError> Errors, IReadOnlyList<TableChange> Changes)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyDictionary<string, string> Tables { get; init; } = new Dictionary<string, string>();
}

/// <summary>
/// Validates an upload without storing anything: the guards of <see cref="UploadChecks"/> and <see cref="WorkbookChecks"/>,
/// then the import use case in validate-only mode (<see cref="ImportStaging"/>: the real importer and import rules on a
/// private copy of the reference data, which is then loaded). An <see cref="UploadRejected"/> (the file itself is
/// unacceptable) propagates; what the importer finds wrong is returned as errors naming file, row and column.
/// </summary>
public sealed class UploadValidation(string referenceFolder)
{
    internal UploadResult Validate(UploadKind kind, string? fileName, string? contentType, byte[] bytes)
    {
        string name = UploadChecks.Name(fileName, kind);
        UploadChecks.ContentType(contentType, kind);
        UploadChecks.Size(bytes.LongLength);
        if (kind.IsWorkbook) WorkbookChecks.Check(bytes, name);
        else UploadChecks.NoFormulas(UploadChecks.Text(bytes, name, allowShiftJis: kind == UploadKind.Customs), name);
        string hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var result = new UploadResult(kind.Key, name, bytes.LongLength, hash, false, [], []);
        string dir = Directory.CreateTempSubdirectory("junkan-upload-").FullName;
        try
        {
            string file = Place(dir, name, kind);
            File.WriteAllBytes(file, bytes);
            var staged = ImportStaging.Run(referenceFolder, ImportGuard.Strict, i => Import(i, kind, file, name));
            return result with
            {
                Valid = true,
                Changes = [.. staged.ChangedTables.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new TableChange(t.Key, Math.Max(0, t.Value.Count(ch => ch == '\n') - 1)))],
                Tables = staged.ChangedTables,
            };
        }
        catch (InputException e) { return result with { Errors = [new UploadError(Shown(e.Place, dir, name), e.Row, e.Column, Shown(e.Message, dir, name))] }; }
        catch (UploadRejected e) when (kind.IsWorkbook) { return result with { Errors = [new UploadError(name, e.Row, e.Column, e.Message)] }; }
        finally { Directory.Delete(dir, true); }
    }

    private static void Import(ReferenceDataImport i, UploadKind kind, string file, string name)
    {
        if (kind == UploadKind.Comtrade) i.Comtrade([file]);
        else if (kind == UploadKind.Customs) i.Customs([file], new CustomsImportOptions());
        else if (kind == UploadKind.Usgs) i.Usgs([Path.GetDirectoryName(Path.GetDirectoryName(file))!]);
        else TemplateImport.Apply(File.ReadAllBytes(file), name, i.ReferenceFolder);
    }

    /// <summary>Where the upload is written: the checked name in a private folder; a USGS file in mcsYYYY/world or mcsYYYY/salient as the release importer expects.</summary>
    private static string Place(string dir, string name, UploadKind kind)
    {
        if (kind != UploadKind.Usgs) return Path.Combine(dir, name);
        string sub = Path.Combine(dir, name[..7].ToLowerInvariant(), name.EndsWith("_world.csv", StringComparison.OrdinalIgnoreCase) ? "world" : "salient");
        Directory.CreateDirectory(sub);
        return Path.Combine(sub, name);
    }

    /// <summary>A message or place with the private folder removed, so the user sees the name they uploaded.</summary>
    private static string Shown(string text, string dir, string name) => StagingFolder.Replace(
        text.Replace(Path.Combine(dir, name), name, StringComparison.Ordinal).Replace(dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(dir, "upload", StringComparison.Ordinal), "");

    /// <summary>The private copy of the reference folder in a message about a reference table (shown as the table name alone).</summary>
    private static readonly System.Text.RegularExpressions.Regex StagingFolder = new(
        System.Text.RegularExpressions.Regex.Escape(Path.GetTempPath()) + "[/\\\\]?junkan-staging-[^/\\\\]+[/\\\\]", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
}
