namespace Pledge.Certificates.Registry;

/// <summary>
/// The registry's tables (docs/certificates.md, "The registry"). `sequences` holds the last number handed out per
/// prefix and never goes down, so a number is never handed out twice even if a certificate row were deleted;
/// the UNIQUE constraints are the last line of defence against a duplicate number; the partial unique index
/// says a row of a warranty has at most one current (not superseded) certificate.
/// </summary>
internal static class RegistrySchema
{
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS sequences (
            prefix TEXT PRIMARY KEY NOT NULL,
            last INTEGER NOT NULL CHECK (last >= 0)
        );
        CREATE TABLE IF NOT EXISTS certificates (
            number TEXT PRIMARY KEY NOT NULL,
            prefix TEXT NOT NULL,
            sequence INTEGER NOT NULL CHECK (sequence >= 1),
            warranty TEXT NOT NULL,
            contract_hash TEXT NOT NULL,
            content TEXT NOT NULL,
            code TEXT NOT NULL,
            key_id TEXT NOT NULL,
            issued_at TEXT NOT NULL,
            row_fingerprint TEXT NOT NULL,
            superseded_by TEXT NULL REFERENCES certificates(number) DEFERRABLE INITIALLY DEFERRED,
            UNIQUE (prefix, sequence)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS current_certificate_of_row
            ON certificates (warranty, row_fingerprint) WHERE superseded_by IS NULL;
        """;
}
