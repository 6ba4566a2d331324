using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Junkan.Web.Store;

/// <summary>
/// The SQLite store of what users create (policy scenarios, weight sets, saved selection runs), one file, created
/// and migrated on first start. Documents are versioned: an update names the version it read and fails with
/// <see cref="UpdateOutcome.Conflict"/> when another update came first, so neither edit is lost silently.
/// </summary>
public sealed partial class SqliteStore(string file)
{
    private readonly string _connection = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Pooling = true }.ToString();

    public string File { get; } = Path.GetFullPath(file);

    /// <summary>Creates the file if needed and applies the migrations not yet applied.</summary>
    public void Migrate()
    {
        if (Path.GetDirectoryName(File) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        using var c = Open();
        using (var wal = c.CreateCommand()) { wal.CommandText = "PRAGMA journal_mode=WAL"; wal.ExecuteNonQuery(); }
        Migrations.Apply(c);
    }

    /// <summary>The applied schema versions.</summary>
    public IReadOnlyList<int> SchemaVersions() =>
        Query("SELECT version FROM schema_migrations ORDER BY version", null, r => r.GetInt32(0));

    public IReadOnlyList<StoredDocument> List(string kind) =>
        Query("SELECT id, kind, name, body, version, created_utc, updated_utc FROM documents WHERE kind = $k ORDER BY name, id", p => p.AddWithValue("$k", kind), ReadDocument);

    public StoredDocument? Get(string kind, string id) =>
        Query("SELECT id, kind, name, body, version, created_utc, updated_utc FROM documents WHERE kind = $k AND id = $id",
            p => { p.AddWithValue("$k", kind); p.AddWithValue("$id", id); }, ReadDocument).FirstOrDefault();

    public StoredDocument Create(string kind, string name, JsonElement body, string? author)
    {
        string id = Guid.NewGuid().ToString("n")[..12];
        string now = Now();
        using var c = Open();
        using var tx = c.BeginTransaction();
        Exec(c, tx, "INSERT INTO documents (id, kind, name, body, version, created_utc, updated_utc) VALUES ($id, $k, $n, $b, 1, $t, $t)",
            p => { p.AddWithValue("$id", id); p.AddWithValue("$k", kind); p.AddWithValue("$n", name); p.AddWithValue("$b", body.GetRawText()); p.AddWithValue("$t", now); });
        History(c, tx, id, 1, body, ["created"], now, author);
        tx.Commit();
        return Get(kind, id)!;
    }

    /// <summary>Replaces name and body if the stored version is still <paramref name="expectedVersion"/>; records what changed.</summary>
    public (UpdateOutcome Outcome, StoredDocument? Current) Update(string kind, string id, int expectedVersion, string name, JsonElement body, string? author)
    {
        using var c = Open();
        using var tx = c.BeginTransaction(deferred: false);
        var before = Get(c, tx, kind, id);
        if (before is null) return (UpdateOutcome.NotFound, null);
        if (before.Version != expectedVersion) return (UpdateOutcome.Conflict, before);
        string now = Now();
        int n = Exec(c, tx, "UPDATE documents SET name = $n, body = $b, version = version + 1, updated_utc = $t WHERE id = $id AND version = $v",
            p => { p.AddWithValue("$n", name); p.AddWithValue("$b", body.GetRawText()); p.AddWithValue("$t", now); p.AddWithValue("$id", id); p.AddWithValue("$v", expectedVersion); });
        if (n != 1) return (UpdateOutcome.Conflict, before);
        History(c, tx, id, expectedVersion + 1, body, Changes(before, name, body), now, author);
        tx.Commit();
        return (UpdateOutcome.Updated, Get(kind, id));
    }

    public bool Delete(string kind, string id)
    {
        using var c = Open();
        using var tx = c.BeginTransaction();
        int n = Exec(c, tx, "DELETE FROM documents WHERE kind = $k AND id = $id", p => { p.AddWithValue("$k", kind); p.AddWithValue("$id", id); });
        Exec(c, tx, "DELETE FROM document_history WHERE id = $id", p => p.AddWithValue("$id", id));
        tx.Commit();
        return n == 1;
    }

    public IReadOnlyList<DocumentVersion> Versions(string id) =>
        Query("SELECT version, changed, changed_utc, author, body FROM document_history WHERE id = $id ORDER BY version", p => p.AddWithValue("$id", id),
            r => new DocumentVersion(r.GetInt32(0), r.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries), Time(r, 2), r.IsDBNull(3) ? null : r.GetString(3), Json(r.GetString(4))));

    public void SaveRun(StoredRun run)
    {
        using var c = Open();
        Exec(c, null, "INSERT OR REPLACE INTO selection_runs (id, request, status, result, error, started_utc, finished_utc) VALUES ($id, $q, $s, $r, $e, $b, $f)", p =>
        {
            p.AddWithValue("$id", run.Id);
            p.AddWithValue("$q", run.Request.GetRawText());
            p.AddWithValue("$s", run.Status);
            p.AddWithValue("$r", (object?)run.Result?.GetRawText() ?? DBNull.Value);
            p.AddWithValue("$e", (object?)run.Error ?? DBNull.Value);
            p.AddWithValue("$b", run.Started.ToString("O", CultureInfo.InvariantCulture));
            p.AddWithValue("$f", run.Finished.ToString("O", CultureInfo.InvariantCulture));
        });
    }

    /// <summary>Saved runs, newest first (at most <paramref name="limit"/>).</summary>
    public IReadOnlyList<StoredRun> Runs(int limit = 50) =>
        Query("SELECT id, request, status, result, error, started_utc, finished_utc FROM selection_runs ORDER BY finished_utc DESC LIMIT $n", p => p.AddWithValue("$n", limit), ReadRun);

    public StoredRun? Run(string id) =>
        Query("SELECT id, request, status, result, error, started_utc, finished_utc FROM selection_runs WHERE id = $id", p => p.AddWithValue("$id", id), ReadRun).FirstOrDefault();

    /// <summary>Top-level fields whose JSON differs between the stored version and the new one (and <c>name</c>).</summary>
    internal static IReadOnlyList<string> Changes(StoredDocument before, string name, JsonElement body)
    {
        var changed = new List<string>();
        if (before.Name != name) changed.Add("name");
        var old = Fields(before.Body);
        var now = Fields(body);
        changed.AddRange(old.Keys.Union(now.Keys).Order(StringComparer.Ordinal)
            .Where(k => !old.TryGetValue(k, out var a) || !now.TryGetValue(k, out var b) || a != b));
        return changed.Count == 0 ? ["nothing"] : changed;
    }

    private static Dictionary<string, string> Fields(JsonElement e) =>
        e.ValueKind == JsonValueKind.Object ? e.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText()) : new() { ["body"] = e.GetRawText() };

    private static void History(SqliteConnection c, SqliteTransaction tx, string id, int version, JsonElement body, IReadOnlyList<string> changed, string when, string? author) =>
        Exec(c, tx, "INSERT INTO document_history (id, version, body, changed, changed_utc, author) VALUES ($id, $v, $b, $c, $t, $a)", p =>
        {
            p.AddWithValue("$id", id);
            p.AddWithValue("$v", version);
            p.AddWithValue("$b", body.GetRawText());
            p.AddWithValue("$c", string.Join(',', changed));
            p.AddWithValue("$t", when);
            p.AddWithValue("$a", (object?)author ?? DBNull.Value);
        });

    private static StoredDocument? Get(SqliteConnection c, SqliteTransaction tx, string kind, string id)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = "SELECT id, kind, name, body, version, created_utc, updated_utc FROM documents WHERE kind = $k AND id = $id";
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadDocument(r) : null;
    }

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connection);
        c.Open();
        using var busy = c.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 5000";
        busy.ExecuteNonQuery();
        return c;
    }

    private List<T> Query<T>(string sql, Action<SqliteParameterCollection>? bind, Func<SqliteDataReader, T> read)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        bind?.Invoke(cmd.Parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read()) list.Add(read(r));
        return list;
    }

    private static int Exec(SqliteConnection c, SqliteTransaction? tx, string sql, Action<SqliteParameterCollection> bind)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        bind(cmd.Parameters);
        return cmd.ExecuteNonQuery();
    }

    private static StoredDocument ReadDocument(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), Json(r.GetString(3)), r.GetInt32(4), Time(r, 5), Time(r, 6));

    private static StoredRun ReadRun(SqliteDataReader r) =>
        new(r.GetString(0), Json(r.GetString(1)), r.GetString(2), r.IsDBNull(3) ? null : Json(r.GetString(3)), r.IsDBNull(4) ? null : r.GetString(4), Time(r, 5), Time(r, 6));

    private static JsonElement Json(string text)
    {
        using var d = JsonDocument.Parse(text);
        return d.RootElement.Clone();
    }

    private static DateTimeOffset Time(SqliteDataReader r, int i) => DateTimeOffset.Parse(r.GetString(i), CultureInfo.InvariantCulture);

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
