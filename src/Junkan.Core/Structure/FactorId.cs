namespace Junkan.Core.Structure;

/// <summary>
/// The id of a factor (an issue or need) of a structural analysis, e.g. <c>collection-volume</c>: 1..40 ASCII letters,
/// digits, '-', '_' and '.'. Kept apart from other ids so that a factor cannot be confused with an element or a site.
/// </summary>
public readonly record struct FactorId
{
    public const int MaxLength = 40;

    public string Value { get; }

    /// <summary>Creates an id; throws <see cref="ArgumentException"/> for an empty, too long or malformed one.</summary>
    public FactorId(string value)
    {
        if (!IsValid(value)) throw new ArgumentException($"'{value}' is not a factor id (1..{MaxLength} characters: A-Z, a-z, 0-9, '-', '_', '.').", nameof(value));
        Value = value;
    }

    /// <summary>Whether <paramref name="value"/> is a well-formed factor id (for loaders that name the place of a bad one).</summary>
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    public override string ToString() => Value ?? "";
}

/// <summary>A factor of the analysis: its id, its labels in Japanese and English and its category (e.g. economic, legal).</summary>
public sealed record Factor(FactorId Id, string LabelJa, string LabelEn, string Category)
{
    /// <summary>The label in <paramref name="language"/> ("ja" or "en"); the other one where it is empty.</summary>
    public string Label(string language) => language == "ja" ? (LabelJa.Length > 0 ? LabelJa : LabelEn) : (LabelEn.Length > 0 ? LabelEn : LabelJa);
}
