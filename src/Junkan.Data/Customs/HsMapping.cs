using Junkan.Core.Elements;
using Junkan.Data.Reference;

namespace Junkan.Data.Customs;

/// <summary>
/// One row of <c>hs_codes.csv</c>: an HS 6-digit subheading (or a 4-digit heading, used only where a data set reports
/// the heading as such, as Comtrade does) counted towards an element and stage.
/// </summary>
/// <param name="Shared">The subheading also covers other elements: its shares are those of the whole subheading.</param>
public sealed record HsMappingEntry(string Hs6, string Element, SupplyStage Stage, string DescriptionEn, string SourceId, bool Shared, string Note);

/// <summary>
/// HS 6-digit subheadings mapped to target element and stage (<c>hs_codes.csv</c>: <c>hs6,element,stage,
/// description_en,description_ja,source_id,note</c>). A subheading may map to several elements, one row each;
/// a note starting "shared subheading" marks such rows.
/// </summary>
public sealed class HsMapping
{
    /// <summary>Prefix of the note that marks a subheading shared by several elements.</summary>
    public const string SharedMarker = "shared subheading";

    private readonly Dictionary<string, List<HsMappingEntry>> _byHs6;

    private HsMapping(Dictionary<string, List<HsMappingEntry>> byHs6) => _byHs6 = byHs6;

    /// <summary>All rows.</summary>
    public IEnumerable<HsMappingEntry> Entries => _byHs6.Values.SelectMany(v => v);

    /// <summary>Loads the table; element symbols are checked against <paramref name="knownElements"/> when given.</summary>
    public static HsMapping Load(string csv, IReadOnlySet<string>? knownElements = null)
    {
        var map = new Dictionary<string, List<HsMappingEntry>>(StringComparer.Ordinal);
        foreach (var r in CsvTable.Read(csv, "hs6", "element", "stage", "description_en", "description_ja", "source_id", "note").Rows)
        {
            string hs6 = r.Required("hs6");
            if (hs6.Length is not (4 or 6) || !hs6.All(char.IsAsciiDigit)) throw r.Error("hs6", $"'{hs6}' is neither a 6-digit HS subheading nor a 4-digit heading");
            string element = r.Required("element");
            if (knownElements is not null && !knownElements.Contains(element)) throw r.Error("element", $"unknown element '{element}' (not in elements.csv)");
            var stage = r.Required("stage") switch
            {
                "mine" => SupplyStage.Mine,
                "refined" => SupplyStage.Refined,
                var s => throw r.Error("stage", $"'{s}' is not a stage (mine, refined)"),
            };
            string note = r.Text("note");
            var list = map.TryGetValue(hs6, out var l) ? l : map[hs6] = [];
            if (list.Any(e => e.Element == element)) throw r.Error("element", $"{hs6} is mapped to {element} twice");
            list.Add(new HsMappingEntry(hs6, element, stage, r.Required("description_en"), r.Required("source_id"),
                note.StartsWith(SharedMarker, StringComparison.OrdinalIgnoreCase), note));
        }
        foreach (var (hs6, list) in map)
            if (list.Count > 1 && list.FirstOrDefault(e => !e.Shared) is { } e)
                throw new DataFormatException(Path.GetFileName(csv), null, "note",
                    $"{hs6} maps to {string.Join(", ", list.Select(x => x.Element))}: each row needs the note \"{SharedMarker}: ...\" ({e.Element} lacks it)");
        return new HsMapping(map);
    }

    /// <summary>
    /// The rows of an HS code as reported (Comtrade: 4 or 6 digits): the code itself, or for a 4-digit heading without
    /// subdivision its only subheading (2604 = 2604.00); empty when not mapped.
    /// </summary>
    public IReadOnlyList<HsMappingEntry> ForReported(string code) =>
        _byHs6.TryGetValue(code, out var l) ? l
        : code.Length == 4 && _byHs6.TryGetValue(code + "00", out var whole) ? whole : [];

    /// <summary>The rows of the subheading that starts a 6..10-digit statistical code (4-digit heading rows never match); empty when not mapped.</summary>
    public IReadOnlyList<HsMappingEntry> For(string hsCode) =>
        hsCode.Length >= 6 && _byHs6.TryGetValue(hsCode[..6], out var l) ? l : [];
}
