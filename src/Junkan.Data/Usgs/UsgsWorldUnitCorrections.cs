namespace Junkan.Data.Usgs;

/// <summary>
/// Columns of world files whose name gives the wrong mass unit, found by the vintage check (a 1,000x jump between
/// MCS 2023 and MCS 2024) and resolved from the release's own metadata and notes. Keyed by release, USGS commodity
/// code and column name as in the world CSV; see docs/data/import-rules.md.
/// </summary>
public static class UsgsWorldUnitCorrections
{
    /// <summary>One correction: the column of one release, the unit to use, and the evidence it rests on.</summary>
    public sealed record Correction(int Release, string Commodity, string Column, string Unit, string Evidence);

    public static IReadOnlyList<Correction> All { get; } =
    [
        new(2024, "selen", "Reserves_kt", "t",
            "mcs2024-selen_meta.xml defines the column as Reserves_t, attrunit 'metric tons'; MCS 2023 (Reserves_t) gives the same magnitudes "
            + "(Canada 6,000 t, world 81,000 t against 6,000 and 95,000 in MCS 2024)"),
        new(2023, "vanad", "Reserves_t", "kt",
            "MCS 2024 labels the column Reserves_kt with the same magnitudes (United States 45 in both; world 26,000 in MCS 2023, 19,000 in MCS 2024), and the "
            + "MCS 2023 note beside Australia's 7,400 gives its JORC reserves as 1.7 million tons, which fits thousand tonnes only; "
            + "mcs2023-vanad_meta.xml says 'metric tons', as it does for MCS 2024, and is wrong here"),
    ];

    /// <summary>The correction of <paramref name="column"/> in the world file of <paramref name="commodity"/> in <paramref name="release"/>, or null.</summary>
    public static Correction? Find(int release, string commodity, string column) =>
        All.FirstOrDefault(c => c.Release == release && c.Commodity == commodity && c.Column == column);
}
