using System.Globalization;
using System.Text.RegularExpressions;

namespace Pledge.Certificates.Numbering;

/// <summary>
/// `PAINT-2026-000123`: a prefix, a dash and the sequence within that prefix, zero-padded to six digits (more
/// digits past 999999, so a number never wraps). Sequences start at 1 per prefix and are allocated by the
/// registry, never by the caller.
/// </summary>
public readonly partial record struct CertificateNumber(string Prefix, long Sequence)
{
    /// <summary>Upper-case letters, digits and inner dashes: safe in a file name, a URL and the `NUMBER|CODE` payload.</summary>
    [GeneratedRegex(@"^[A-Z0-9](?:[A-Z0-9-]{0,38}[A-Z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixSyntax();

    [GeneratedRegex(@"^(?<prefix>[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?)-(?<sequence>[0-9]{6,18})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberSyntax();

    public override string ToString() => $"{Prefix}-{Sequence.ToString("D6", CultureInfo.InvariantCulture)}";

    /// <summary>Null when the prefix is fine, else why not.</summary>
    public static string? CheckPrefix(string prefix) => PrefixSyntax().IsMatch(prefix)
        ? null
        : $"the prefix `{prefix}` must be 1 to 40 upper-case letters, digits and inner dashes (e.g. `PAINT-2026`)";

    /// <summary>The default prefix: the warranty's name in upper case (non-alphanumerics as dashes), a dash, the issue year.</summary>
    public static string DefaultPrefix(string warrantyName, int issueYear)
    {
        var name = new string([.. warrantyName.ToUpperInvariant().Select(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') ? c : '-')]).Trim('-');
        while (name.Contains("--", StringComparison.Ordinal)) name = name.Replace("--", "-", StringComparison.Ordinal);
        if (name.Length == 0) name = "CERT";
        if (name.Length > 30) name = name[..30].TrimEnd('-');
        return $"{name}-{issueYear.ToString("D4", CultureInfo.InvariantCulture)}";
    }

    public static bool TryParse(string text, out CertificateNumber number)
    {
        number = default;
        var m = NumberSyntax().Match(text.Trim().ToUpperInvariant());
        if (!m.Success || !long.TryParse(m.Groups["sequence"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1)
            return false;
        number = new CertificateNumber(m.Groups["prefix"].Value, sequence);
        return true;
    }
}
