using NodaTime;

namespace Pledge.Certificates.Registry;

/// <summary>
/// One certificate as the registry keeps it: its number, the warranty (`contract/warranty`), the contract's hash,
/// the canonical content it was signed over, the code, the fingerprint of the key that signed it, when it was
/// issued, the row it was issued for, and the number that superseded it after a `--reissue`.
/// </summary>
public sealed record RegistryEntry(
    string Number,
    string Prefix,
    long Sequence,
    string Warranty,
    string ContractHash,
    string Content,
    string Code,
    string KeyId,
    Instant IssuedAt,
    string RowFingerprint,
    string? SupersededBy);
