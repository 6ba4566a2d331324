using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Junkan.Reports.Excel;

/// <summary>
/// Makes an Open Packaging (xlsx) file deterministic without touching the cells: the core properties move to
/// <c>docProps/core.xml</c> with created and modified set to the report time, relationship ids that are not
/// <c>rIdN</c> are renumbered (and their references in the source part rewritten), and the zip is rebuilt in a
/// fixed entry order with every entry time set to the report time.
/// </summary>
internal static partial class PackageNormaliser
{
    public const string CorePart = "docProps/core.xml";
    private const string ContentTypes = "[Content_Types].xml";
    private const string PackageRels = "_rels/.rels";
    private const string CoreRelType = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private static readonly XNamespace Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly XNamespace Ct = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static readonly XNamespace Dcterms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static byte[] Normalise(byte[] package, DateTimeOffset reportTime)
    {
        var parts = PackageParts.Read(package);
        MoveCoreProperties(parts);
        foreach (string rels in parts.Keys.Where(k => k.EndsWith(".rels", StringComparison.Ordinal)).ToList()) RenumberRelationships(parts, rels);
        if (parts.TryGetValue(CorePart, out var core)) parts[CorePart] = StampCore(core, reportTime);
        return PackageParts.Write(parts, reportTime);
    }

    /// <summary>Renames the core-properties part (System.IO.Packaging names it by a GUID) to docProps/core.xml.</summary>
    private static void MoveCoreProperties(Dictionary<string, byte[]> parts)
    {
        var rels = PackageParts.Xml(parts[PackageRels]);
        var rel = rels.Root!.Elements(Rel + "Relationship").FirstOrDefault(r => (string?)r.Attribute("Type") == CoreRelType);
        string? old = ((string?)rel?.Attribute("Target"))?.TrimStart('/');
        if (rel is null || old is null || old == CorePart || !parts.Remove(old, out var core)) return;
        parts[CorePart] = core;
        rel.SetAttributeValue("Target", "/" + CorePart);
        parts[PackageRels] = PackageParts.Bytes(rels);
        var types = PackageParts.Xml(parts[ContentTypes]);
        types.Root!.Elements(Ct + "Override").Where(o => ((string?)o.Attribute("PartName"))?.TrimStart('/') == old).Remove();
        string ext = Path.GetExtension(old).TrimStart('.');
        if (ext != "xml" && !parts.Keys.Any(k => k.EndsWith("." + ext, StringComparison.OrdinalIgnoreCase)))
            types.Root.Elements(Ct + "Default").Where(d => (string?)d.Attribute("Extension") == ext).Remove();
        types.Root.Add(new XElement(Ct + "Override", new XAttribute("PartName", "/" + CorePart), new XAttribute("ContentType", CoreContentType)));
        parts[ContentTypes] = PackageParts.Bytes(types);
    }

    /// <summary>Gives every relationship id that is not already rIdN the next free rIdN, in document order, and rewrites its uses in the source part.</summary>
    private static void RenumberRelationships(Dictionary<string, byte[]> parts, string relsName)
    {
        var doc = PackageParts.Xml(parts[relsName]);
        var all = doc.Root!.Elements(Rel + "Relationship").ToList();
        int next = all.Select(r => RId().Match((string?)r.Attribute("Id") ?? "")).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
        var renamed = new List<(string Old, string New)>();
        foreach (var r in all.Where(r => !RId().IsMatch((string?)r.Attribute("Id") ?? "")))
        {
            string id = "rId" + (next++).ToString(CultureInfo.InvariantCulture);
            renamed.Add(((string)r.Attribute("Id")!, id));
            r.SetAttributeValue("Id", id);
        }
        if (renamed.Count == 0) return;
        parts[relsName] = PackageParts.Bytes(doc);
        if (SourcePart(relsName) is { } source && parts.TryGetValue(source, out var bytes))
            parts[source] = ReplaceIds(bytes, renamed);
    }

    /// <summary>"xl/_rels/workbook.xml.rels" → "xl/workbook.xml"; the package's own relationships have no source part.</summary>
    private static string? SourcePart(string relsName)
    {
        if (relsName == PackageRels) return null;
        string dir = Path.GetDirectoryName(Path.GetDirectoryName(relsName))?.Replace('\\', '/') ?? "";
        string file = Path.GetFileNameWithoutExtension(relsName);
        return dir.Length == 0 ? file : dir + "/" + file;
    }

    private static byte[] ReplaceIds(byte[] xml, List<(string Old, string New)> renamed)
    {
        string text = System.Text.Encoding.UTF8.GetString(xml);
        foreach (var (o, n) in renamed) text = text.Replace($"\"{o}\"", $"\"{n}\"", StringComparison.Ordinal).Replace($"'{o}'", $"'{n}'", StringComparison.Ordinal);
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    /// <summary>Sets dcterms:created and dcterms:modified to the report time (UTC, whole seconds).</summary>
    private static byte[] StampCore(byte[] core, DateTimeOffset reportTime)
    {
        var doc = PackageParts.Xml(core);
        string w3c = reportTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (string name in new[] { "created", "modified" })
        {
            var e = doc.Root!.Element(Dcterms + name);
            if (e is null) doc.Root.Add(e = new XElement(Dcterms + name, new XAttribute(Xsi + "type", "dcterms:W3CDTF")));
            e.Value = w3c;
        }
        return PackageParts.Bytes(doc);
    }

    [GeneratedRegex("^rId([0-9]{1,9})$")]
    private static partial Regex RId();
}
