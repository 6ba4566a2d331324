namespace Junkan.Data.EuCrm;

/// <summary>
/// A defect of the EU results file that the importer handled (kept one of two identical rows, left a cell empty,
/// excluded a row) or a consistency doubt, naming the file, row (header = 1), column and material.
/// </summary>
public sealed record EuCrmWarning(string File, int? Row, string? Column, string? Material, string Message)
{
    public override string ToString() =>
        $"{File}:{Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}:{Column ?? "-"}: {(Material is null ? "" : $"{Material}: ")}{Message}";
}
