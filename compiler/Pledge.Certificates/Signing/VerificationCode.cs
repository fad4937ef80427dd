using System.Security.Cryptography;
using System.Text;

namespace Pledge.Certificates.Signing;

/// <summary>
/// The code printed on a certificate: HMAC-SHA256 over the canonical content with the certificate key, its first
/// 10 bytes in base32: 16 characters, shown in groups of four (`K7QZ-M2XD-4HNA-PB3E`). 80 bits: guessing a code
/// for a given number succeeds once in 2^80 tries, and `verify` is offline, so nothing limits tries but the key.
/// </summary>
public static class VerificationCode
{
    public const int Bytes = 10;

    /// <summary>The code, without separators (16 characters).</summary>
    public static string Compute(CertificateKey key, ReadOnlySpan<byte> canonicalContent) =>
        Base32.Encode(key.Sign(canonicalContent).AsSpan(0, Bytes));

    /// <summary>`K7QZM2XD4HNAPB3E` → `K7QZ-M2XD-4HNA-PB3E`.</summary>
    public static string Display(string code) =>
        string.Join('-', Enumerable.Range(0, (code.Length + 3) / 4).Select(i => code.Substring(i * 4, Math.Min(4, code.Length - i * 4))));

    /// <summary>What a person typed, as a code: case and dashes or spaces do not matter; null when it cannot be one.</summary>
    public static string? Normalize(string typed)
    {
        var text = new StringBuilder(16);
        foreach (var c in typed)
        {
            if (c is '-' or ' ') continue;
            var upper = char.ToUpperInvariant(c);
            if (!Base32.IsAlphabet(upper)) return null;
            text.Append(upper);
        }
        return text.Length == 16 ? text.ToString() : null;
    }

    /// <summary>Compares in constant time, so that timing tells nothing about how much of a guess was right.</summary>
    public static bool Matches(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(actual));
}
