namespace Junkan.Core.Citations;

/// <summary>
/// The id of a citation (a row of a sources or citations table, e.g. <c>usgs-mcs-2024</c>): 1..80 characters of
/// lower-case ASCII letters, digits, '-', '_' and '.'. Kept apart from element symbols, product and scenario ids so
/// that they cannot be swapped.
/// </summary>
public readonly record struct SourceId
{
    public const int MaxLength = 80;

    public string Value { get; }

    /// <summary>Creates an id; throws <see cref="ArgumentException"/> for an empty, too long or malformed one.</summary>
    public SourceId(string value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || !value.All(IsIdChar))
            throw new ArgumentException($"'{value}' is not a source id (1..{MaxLength} characters: a-z, 0-9, '-', '_', '.').", nameof(value));
        Value = value;
    }

    private static bool IsIdChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' or '.';

    public override string ToString() => Value ?? "";
}
