using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;
using Pledge.Certificates.Numbering;

namespace Pledge.Certificates.Registry;

/// <summary>
/// The certificate registry: one SQLite file that records every certificate issued. Numbers are allocated inside
/// `BEGIN IMMEDIATE` transactions, which take the database's write lock before reading the last sequence, so two
/// processes issuing at once wait for each other instead of reading the same last number; each transaction
/// covers at most <see cref="RowsPerTransaction"/> rows, so a large batch does not lock others out for long.
/// Not thread-safe: one instance per thread (processes share the file safely).
/// </summary>
public sealed class CertificateRegistry : IDisposable
{
    public const string DefaultFileName = "certificates.db";
    public const int RowsPerTransaction = 200;

    private readonly SqliteConnection _connection;

    private CertificateRegistry(SqliteConnection connection, string path)
    {
        _connection = connection;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Opens the registry, creating the file and its tables when they do not exist.</summary>
    /// <exception cref="RegistryException">the file is not a registry, or cannot be opened.</exception>
    public static CertificateRegistry Open(string path, bool create = true)
    {
        if (!create && !File.Exists(path)) throw new RegistryException($"there is no registry at `{path}`");
        if (create && System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } folder)
        {
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new RegistryException($"cannot create the folder of the registry `{path}`: {e.Message}");
            }
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            // One file per registry and short-lived processes: a pool would only keep the file open.
            Pooling = false,
            DefaultTimeout = 60,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 60000; PRAGMA foreign_keys = ON;");
            var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
            if (version > RegistrySchema.Version)
                throw new RegistryException($"`{path}` is a registry of a newer pledge (schema {version}; this one knows {RegistrySchema.Version})");
            if (version < RegistrySchema.Version)
            {
                // Two processes may create the same new registry at once: the write lock makes one of them do it.
                Execute(connection, "BEGIN IMMEDIATE");
                Execute(connection, RegistrySchema.Create + $"PRAGMA user_version = {RegistrySchema.Version};");
                Execute(connection, "COMMIT");
            }
            return new CertificateRegistry(connection, path);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new RegistryException($"cannot open the registry `{path}`: {e.Message}");
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Issues a certificate for each row, or finds the one already issued for it. For a row without a current
    /// certificate (or every row, with <paramref name="reissue"/>), the next number of <paramref name="prefix"/>
    /// is allocated and <paramref name="sign"/> makes the signed content for it; a reissued row's previous
    /// certificate is marked superseded by the new one. Rows are issued in order, so one run's numbers are
    /// contiguous within each transaction.
    /// </summary>
    public IReadOnlyList<RegistryOutcome> Issue(
        string warranty, string prefix, IReadOnlyList<string> rowFingerprints, bool reissue, string keyId, Instant issuedAt,
        Func<int, CertificateNumber, SignedContent> sign, Action<int>? issued = null)
    {
        var results = new RegistryOutcome[rowFingerprints.Count];
        // With --reissue, a row that appears twice in one file is reissued once.
        var reissuedThisRun = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < rowFingerprints.Count; start += RowsPerTransaction)
        {
            var end = Math.Min(rowFingerprints.Count, start + RowsPerTransaction);
            Execute(_connection, "BEGIN IMMEDIATE");
            try
            {
                for (var i = start; i < end; i++)
                {
                    var fingerprint = rowFingerprints[i];
                    var current = FindCurrent(warranty, fingerprint);
                    if (current is not null && (!reissue || reissuedThisRun.Contains(fingerprint)))
                    {
                        results[i] = new RegistryOutcome(current, IsNew: false, Superseded: null);
                        continue;
                    }
                    var number = new CertificateNumber(prefix, NextSequence(prefix));
                    var signed = sign(i, number);
                    if (current is not null)
                        Execute(_connection, "UPDATE certificates SET superseded_by = $new WHERE number = $old AND superseded_by IS NULL",
                            ("$new", number.ToString()), ("$old", current.Number));
                    var entry = new RegistryEntry(number.ToString(), prefix, number.Sequence, warranty, signed.ContractHash, signed.Content,
                        signed.Code, keyId, issuedAt, fingerprint, null);
                    Insert(entry);
                    if (reissue) reissuedThisRun.Add(fingerprint);
                    results[i] = new RegistryOutcome(entry, IsNew: true, Superseded: current?.Number);
                }
                Execute(_connection, "COMMIT");
            }
            catch
            {
                Execute(_connection, "ROLLBACK");
                throw;
            }
            for (var i = start; i < end; i++) issued?.Invoke(i);
        }
        return results;
    }

    /// <summary>The certificate with that number, or null.</summary>
    public RegistryEntry? Find(string number)
    {
        using var command = Command("SELECT * FROM certificates WHERE number = $number", ("$number", number));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Entry(reader) : null;
    }

    /// <summary>Every certificate of a prefix in sequence order (tests and audits).</summary>
    public IReadOnlyList<RegistryEntry> ListPrefix(string prefix)
    {
        using var command = Command("SELECT * FROM certificates WHERE prefix = $prefix ORDER BY sequence", ("$prefix", prefix));
        using var reader = command.ExecuteReader();
        var entries = new List<RegistryEntry>();
        while (reader.Read()) entries.Add(Entry(reader));
        return entries;
    }

    public void Dispose() => _connection.Dispose();

    private RegistryEntry? FindCurrent(string warranty, string fingerprint)
    {
        using var command = Command("SELECT * FROM certificates WHERE warranty = $warranty AND row_fingerprint = $fingerprint AND superseded_by IS NULL",
            ("$warranty", warranty), ("$fingerprint", fingerprint));
        using var reader = command.ExecuteReader();
        return reader.Read() ? Entry(reader) : null;
    }

    private long NextSequence(string prefix)
    {
        using var command = Command("""
            INSERT INTO sequences (prefix, last) VALUES ($prefix, 1)
            ON CONFLICT (prefix) DO UPDATE SET last = last + 1
            RETURNING last
            """, ("$prefix", prefix));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private void Insert(RegistryEntry e) => Execute(_connection, """
        INSERT INTO certificates (number, prefix, sequence, warranty, contract_hash, content, code, key_id, issued_at, row_fingerprint)
        VALUES ($number, $prefix, $sequence, $warranty, $hash, $content, $code, $key, $issued, $fingerprint)
        """,
        ("$number", e.Number), ("$prefix", e.Prefix), ("$sequence", e.Sequence), ("$warranty", e.Warranty), ("$hash", e.ContractHash),
        ("$content", e.Content), ("$code", e.Code), ("$key", e.KeyId), ("$issued", InstantPattern.ExtendedIso.Format(e.IssuedAt)),
        ("$fingerprint", e.RowFingerprint));

    private static RegistryEntry Entry(SqliteDataReader r) => new(
        r.GetString(r.GetOrdinal("number")),
        r.GetString(r.GetOrdinal("prefix")),
        r.GetInt64(r.GetOrdinal("sequence")),
        r.GetString(r.GetOrdinal("warranty")),
        r.GetString(r.GetOrdinal("contract_hash")),
        r.GetString(r.GetOrdinal("content")),
        r.GetString(r.GetOrdinal("code")),
        r.GetString(r.GetOrdinal("key_id")),
        InstantPattern.ExtendedIso.Parse(r.GetString(r.GetOrdinal("issued_at"))).GetValueOrThrow(),
        r.GetString(r.GetOrdinal("row_fingerprint")),
        r.IsDBNull(r.GetOrdinal("superseded_by")) ? null : r.GetString(r.GetOrdinal("superseded_by")));

    private SqliteCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

/// <summary>What <see cref="CertificateRegistry.Issue"/> did for one row: a new certificate or the existing one.</summary>
public sealed record RegistryOutcome(RegistryEntry Entry, bool IsNew, string? Superseded);

/// <summary>A new certificate's signed content, made for its number.</summary>
public sealed record SignedContent(string Content, string Code, string ContractHash);

/// <summary>The registry file cannot be used.</summary>
public sealed class RegistryException(string message) : Exception(message);
