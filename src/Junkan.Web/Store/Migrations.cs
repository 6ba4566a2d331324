using Microsoft.Data.Sqlite;

namespace Junkan.Web.Store;

/// <summary>Applies the embedded migrations (Store/Migrations/NNN_name.sql) in order, each once, each in one transaction; schema_migrations records them.</summary>
internal static class Migrations
{
    private static readonly System.Reflection.Assembly Self = typeof(Migrations).Assembly;

    /// <summary>The migrations in this build, by number.</summary>
    public static IReadOnlyList<(int Number, string Name)> All { get; } =
        [.. Self.GetManifestResourceNames().Where(n => n.StartsWith("migrations/", StringComparison.Ordinal))
            .Select(n => (int.Parse(n["migrations/".Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture), n)).OrderBy(m => m.Item1)];

    public static void Apply(SqliteConnection c)
    {
        Exec(c, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_utc TEXT NOT NULL)");
        foreach (var (number, name) in All)
        {
            using var tx = c.BeginTransaction();
            using var check = c.CreateCommand();
            check.Transaction = tx;
            check.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = $v";
            check.Parameters.AddWithValue("$v", number);
            if ((long)check.ExecuteScalar()! > 0) continue;
            using var reader = new StreamReader(Self.GetManifestResourceStream(name)!);
            Exec(c, tx, reader.ReadToEnd());
            using var record = c.CreateCommand();
            record.Transaction = tx;
            record.CommandText = "INSERT INTO schema_migrations (version, applied_utc) VALUES ($v, $t)";
            record.Parameters.AddWithValue("$v", number);
            record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
            tx.Commit();
        }
    }

    private static void Exec(SqliteConnection c, SqliteTransaction? tx, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
