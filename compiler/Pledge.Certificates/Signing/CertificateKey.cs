using System.Security.Cryptography;
using System.Text;

namespace Pledge.Certificates.Signing;

/// <summary>
/// The secret that verification codes are computed with. It comes from configuration, never from the contract or
/// the registry: `--key-file FILE` (the file's text), else the `PLEDGE_CERT_KEY` environment variable. Surrounding
/// whitespace (the file's final newline) is not part of the key; the key is the UTF-8 bytes of the rest, at least
/// <see cref="MinimumLength"/> bytes (e.g. `openssl rand -base64 32`). Anyone with the key can make genuine codes.
/// </summary>
public sealed class CertificateKey
{
    public const string EnvironmentVariable = "PLEDGE_CERT_KEY";
    public const int MinimumLength = 16;

    private readonly byte[] _bytes;

    private CertificateKey(byte[] bytes, string source)
    {
        _bytes = bytes;
        Source = source;
        // Stored with each certificate so that `verify` can tell "another key" from "tampered"; reveals nothing of the key.
        Id = Convert.ToHexStringLower(SHA256.HashData([.. "pledge-key-id:"u8, .. bytes]))[..12];
    }

    /// <summary>Where the key came from, for messages: `--key-file F` or `PLEDGE_CERT_KEY`.</summary>
    public string Source { get; }

    /// <summary>A fingerprint of the key (12 hex digits of a SHA-256), safe to store and print.</summary>
    public string Id { get; }

    public byte[] Sign(ReadOnlySpan<byte> content) => HMACSHA256.HashData(_bytes, content);

    public static CertificateKey FromText(string text, string source)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Trim());
        if (bytes.Length == 0) throw new CertificateKeyException($"the key from {source} is empty");
        if (bytes.Length < MinimumLength)
            throw new CertificateKeyException($"the key from {source} has {bytes.Length} bytes; at least {MinimumLength} are needed (make one with `openssl rand -base64 32`)");
        return new CertificateKey(bytes, source);
    }

    /// <summary>The key from a file when one is named, else from the environment variable's value.</summary>
    /// <exception cref="CertificateKeyException">there is no key, or it is unreadable or too short.</exception>
    public static CertificateKey Load(string? keyFile, string? environmentValue)
    {
        if (keyFile is not null)
        {
            string text;
            try
            {
                text = File.ReadAllText(keyFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CertificateKeyException($"cannot read the key file `{keyFile}`: {e.Message}");
            }
            return FromText(text, $"--key-file {keyFile}");
        }
        if (!string.IsNullOrWhiteSpace(environmentValue)) return FromText(environmentValue, EnvironmentVariable);
        throw new CertificateKeyException(
            $"no certificate key: set {EnvironmentVariable} or pass --key-file FILE (a secret of at least {MinimumLength} bytes, e.g. from `openssl rand -base64 32`); certificates are never issued without one");
    }
}

/// <summary>The key is missing, unreadable or too weak: a usage error.</summary>
public sealed class CertificateKeyException(string message) : Exception(message);
