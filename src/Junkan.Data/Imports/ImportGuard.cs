using Junkan.Core.Inputs;

namespace Junkan.Data.Imports;

/// <summary>
/// What the user allowed an import to do that the rules refuse by default: shrink a table (<c>--allow-shrink</c>) and
/// keep value jumps of 100x or more (<c>--confirm-jump ELEMENT[:TABLE]</c>). See docs/data/import-rules.md.
/// </summary>
public sealed record ImportGuard(bool AllowShrink, IReadOnlyList<JumpConfirmation> ConfirmedJumps)
{
    /// <summary>Nothing allowed: the default of every import.</summary>
    public static ImportGuard Strict { get; } = new(false, []);

    /// <summary>Whether a jump of <paramref name="element"/> in <paramref name="table"/> (file stem, e.g. reserves) was confirmed.</summary>
    public bool IsConfirmed(string element, string table) => ConfirmedJumps.Any(c => c.Matches(element, table));
}

/// <summary>A confirmed jump: an element, optionally limited to one table (<c>Se</c>, <c>Se:reserves</c>).</summary>
public sealed record JumpConfirmation(string Element, string? Table)
{
    public const string Option = "--confirm-jump";

    /// <summary>Parses <c>ELEMENT</c> or <c>ELEMENT:TABLE</c>; anything else is a usage error naming the option.</summary>
    public static JumpConfirmation Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length > 2 || parts.Any(p => p.Trim().Length == 0))
            throw new UsageException(Option, $"{Option} {text}: write ELEMENT or ELEMENT:TABLE (e.g. Se or Se:reserves)");
        return new JumpConfirmation(parts[0].Trim(), parts.Length == 2 ? parts[1].Trim() : null);
    }

    public bool Matches(string element, string table) =>
        string.Equals(Element, element, StringComparison.OrdinalIgnoreCase)
        && (Table is null || string.Equals(Table, table, StringComparison.OrdinalIgnoreCase) || string.Equals(Table + ".csv", table, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Table is null ? Element : $"{Element}:{Table}";
}
