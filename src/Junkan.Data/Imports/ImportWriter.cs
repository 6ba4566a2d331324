using Junkan.Data.Reference;

namespace Junkan.Data.Imports;

/// <summary>
/// Writes the output tables of an import, all or nothing: each table is first checked against the table it replaces
/// (<see cref="ShrinkRule"/>, and <see cref="VintageCheck"/> for quantity tables); only when every check passes are all
/// tables written to temporary files in the target folder and renamed into place (<see cref="CsvFile.WriteAllAtomic"/>).
/// </summary>
public static class ImportWriter
{
    public static void Write(IReadOnlyList<GuardedTable> tables, ImportGuard guard)
    {
        foreach (var t in tables) CheckAgainstExisting(t, guard);
        CsvFile.WriteAllAtomic([.. tables.Select(t => (t.Path, t.Header, (IEnumerable<string?[]>)t.Rows))]);
    }

    private static void CheckAgainstExisting(GuardedTable t, ImportGuard guard)
    {
        if (!File.Exists(t.Path)) return;
        var old = CsvTable.Read(t.Path);
        if (!guard.AllowShrink) ShrinkRule.Check(old, t);
        if (t.Vintage is { } v)
            VintageCheck.Check(VintageCheck.FromTable(old, v), "the table being replaced", VintageCheck.FromRows(t), t.File, guard);
    }
}
