using System.Globalization;
using System.Text.Json;
using Junkan.Web.Features.Data;

namespace Junkan.Web.Store;

/// <summary>A stored version of a user data set (without its file and tables).</summary>
public sealed record StoredDataSet(string Id, string Name, int Version, string Kind, string FileName, string Sha256, long Bytes,
    IReadOnlyList<TableChange> Changes, DateTimeOffset Created, string? Author);

public sealed partial class SqliteStore
{
    private const string DataSetColumns = "id, name, version, kind, file_name, sha256, bytes, changes, created_utc, author";

    /// <summary>Stores a validated upload as the next version of data set <paramref name="name"/>, file and changed tables in one transaction.</summary>
    public StoredDataSet SaveDataSet(string name, UploadResult upload, byte[] content, string? author)
    {
        string id = Guid.NewGuid().ToString("n")[..12];
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        using (var v = c.CreateCommand())
        {
            v.Transaction = tx;
            v.CommandText = "SELECT COALESCE(MAX(version), 0) + 1 FROM data_sets WHERE name = $n";
            v.Parameters.AddWithValue("$n", name);
            long version = (long)v.ExecuteScalar()!;
            Exec(c, tx, $"INSERT INTO data_sets ({DataSetColumns}, content) VALUES ($id, $n, $v, $k, $f, $h, $b, $c, $t, $a, $x)", p =>
            {
                p.AddWithValue("$id", id); p.AddWithValue("$n", name); p.AddWithValue("$v", version); p.AddWithValue("$k", upload.Kind);
                p.AddWithValue("$f", upload.File); p.AddWithValue("$h", upload.Sha256); p.AddWithValue("$b", upload.Bytes);
                p.AddWithValue("$c", JsonSerializer.Serialize(upload.Changes, JsonSerializerOptions.Web)); p.AddWithValue("$t", Now());
                p.AddWithValue("$a", (object?)author ?? DBNull.Value); p.AddWithValue("$x", content);
            });
        }
        foreach (var (table, body) in upload.Tables)
            Exec(c, tx, "INSERT INTO data_set_tables (id, table_name, body) VALUES ($id, $t, $b)", p => { p.AddWithValue("$id", id); p.AddWithValue("$t", table); p.AddWithValue("$b", body); });
        tx.Commit();
        return DataSet(id)!;
    }

    /// <summary>Every stored data-set version, newest first.</summary>
    public IReadOnlyList<StoredDataSet> DataSets() =>
        Query($"SELECT {DataSetColumns} FROM data_sets ORDER BY created_utc DESC, name, version DESC", null, ReadDataSet);

    public StoredDataSet? DataSet(string id) =>
        Query($"SELECT {DataSetColumns} FROM data_sets WHERE id = $id", p => p.AddWithValue("$id", id), ReadDataSet).FirstOrDefault();

    /// <summary>The changed tables of a data-set version (table name → CSV text).</summary>
    public IReadOnlyDictionary<string, string> DataSetTables(string id) =>
        Query("SELECT table_name, body FROM data_set_tables WHERE id = $id ORDER BY table_name", p => p.AddWithValue("$id", id), r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(t => t.Item1, t => t.Item2, StringComparer.Ordinal);

    /// <summary>The number of stored data-set versions (tests check that a refused upload stored nothing).</summary>
    public long DataSetCount() => Query("SELECT COUNT(*) FROM data_sets", null, r => r.GetInt64(0))[0];

    /// <summary>The data-set version the analyses read, or null for the bundled data alone.</summary>
    public string? ActiveDataSetId() =>
        Query("SELECT data_set_id FROM active_data WHERE slot = 1", null, r => r.GetString(0)).FirstOrDefault();

    /// <summary>Records the active data-set version (<paramref name="id"/> null: the bundled data).</summary>
    public void SetActiveDataSet(string? id, string? author)
    {
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        Exec(c, tx, "DELETE FROM active_data", _ => { });
        if (id is not null)
            Exec(c, tx, "INSERT INTO active_data (slot, data_set_id, activated_utc, author) VALUES (1, $id, $t, $a)",
                p => { p.AddWithValue("$id", id); p.AddWithValue("$t", Now()); p.AddWithValue("$a", (object?)author ?? DBNull.Value); });
        tx.Commit();
    }

    private static StoredDataSet ReadDataSet(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt64(6),
            JsonSerializer.Deserialize<TableChange[]>(r.GetString(7), JsonSerializerOptions.Web) ?? [], DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture),
            r.IsDBNull(9) ? null : r.GetString(9));
}
