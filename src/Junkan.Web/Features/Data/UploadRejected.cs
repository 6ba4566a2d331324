namespace Junkan.Web.Features.Data;

/// <summary>An upload refused before any import ran (name, type, size, encoding, formula cells, archive): the field, the place in the file if any, and why.</summary>
internal sealed class UploadRejected(string field, string message, int status = 400, int? row = null, string? column = null) : Exception(message)
{
    public string Field { get; } = field;
    public int Status { get; } = status;
    public int? Row { get; } = row;
    public string? Column { get; } = column;
}
