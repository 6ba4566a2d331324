using Junkan.Data.Reference;

namespace Junkan.Data.EuCrm;

/// <summary>
/// Which Junkan element an EU material stands for, <c>eu_crm_materials.csv</c> (<c>material_name,element,note</c>).
/// An empty element keeps the material out of Junkan's element tables on purpose (the note says why). Several
/// materials may name the same element (LREE and HREE for REE): the secondary share then takes the lowest EOL-RIR.
/// </summary>
public sealed class EuCrmMaterialMap
{
    private readonly Dictionary<string, (string? Element, string Note, int Line)> _map;

    /// <summary>File name and rows, in file order.</summary>
    public string File { get; }

    public IReadOnlyList<(string Material, string? Element, string Note)> Entries { get; }

    private EuCrmMaterialMap(string file, Dictionary<string, (string?, string, int)> map, List<(string, string?, string)> entries) =>
        (File, _map, Entries) = (file, map, entries);

    /// <summary>Reads the table and checks that names are unique and every element is one of <paramref name="knownElements"/>.</summary>
    public static EuCrmMaterialMap Read(string path, IReadOnlyCollection<string> knownElements)
    {
        var t = CsvTable.Read(path, "material_name", "element", "note");
        var map = new Dictionary<string, (string?, string, int)>(StringComparer.OrdinalIgnoreCase);
        var entries = new List<(string, string?, string)>();
        foreach (var r in t.Rows)
        {
            string material = r.Required("material_name");
            string? element = r.Text("element") is { Length: > 0 } e ? e : null;
            if (element is not null && !knownElements.Contains(element))
                throw r.Error("element", $"'{element}' is not an element of elements.csv");
            if (map.TryGetValue(material, out var prev))
                throw r.Error("material_name", $"'{material}' is listed twice (first in row {prev.Item3})");
            map[material] = (element, r.Text("note"), r.Line);
            entries.Add((material, element, r.Text("note")));
        }
        return new EuCrmMaterialMap(t.File, map, entries);
    }

    /// <summary>The element and note of a material (names compared case-insensitively); null if not listed.</summary>
    public (string? Element, string Note)? Find(string material) =>
        _map.TryGetValue(material.Trim(), out var m) ? (m.Element, m.Note) : null;
}
