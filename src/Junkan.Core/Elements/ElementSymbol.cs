namespace Junkan.Core.Elements;

/// <summary>
/// The symbol of a target element or element group as the data write it: a chemical symbol (<c>Co</c>, <c>Nd</c>),
/// a group (<c>REE</c>) or a named material (<c>Graphite</c>): an upper-case ASCII letter, then up to 15 ASCII
/// letters. Kept apart from product, scenario and source ids so that they cannot be swapped.
/// </summary>
public readonly record struct ElementSymbol
{
    public const int MaxLength = 16;

    public string Value { get; }

    /// <summary>Creates a symbol; throws <see cref="ArgumentException"/> for a malformed one.</summary>
    public ElementSymbol(string value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value[0] is < 'A' or > 'Z' || !value.All(char.IsAsciiLetter))
            throw new ArgumentException($"'{value}' is not an element symbol (an upper-case letter, then up to {MaxLength - 1} letters: Co, Nd, REE, Graphite).", nameof(value));
        Value = value;
    }

    public override string ToString() => Value ?? "";
}
