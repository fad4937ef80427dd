using Pledge.Certificates.Content;
using Pledge.Certificates.Registry;
using Pledge.Certificates.Signing;

namespace Pledge.Certificates.Verification;

/// <summary>
/// Verifies a certificate against the registry: the number is known; the stored content still gives the stored
/// code under the key (so the registry row was not edited, and the key is the one that signed it); the code on the
/// paper, when given, is that code; the certificate was not superseded by a reissue; and, when a contract is given,
/// the certificate was issued under exactly that contract text.
/// </summary>
public static class CertificateVerifier
{
    public static VerificationResult Verify(CertificateRegistry registry, CertificateKey key, string number, string? code, string? contractHash)
    {
        var entry = registry.Find(number);
        if (entry is null)
            return new VerificationResult(number, [new VerificationCheck("number", false, $"no certificate {number} in the registry {registry.Path}")], null, null);

        var checks = new List<VerificationCheck> { new("number", true, $"{number} is in the registry (issued {entry.IssuedAt:uuuu-MM-dd'T'HH:mm:ss'Z'})") };
        CertificateContent? content = null;
        try
        {
            content = CertificateContent.FromJson(entry.Content);
        }
        catch (FormatException e)
        {
            checks.Add(new VerificationCheck("content", false, e.Message));
        }

        var recomputed = VerificationCode.Compute(key, System.Text.Encoding.UTF8.GetBytes(entry.Content));
        if (entry.KeyId != key.Id)
            checks.Add(new VerificationCheck("key", false, $"the certificate was signed with another key (key id {entry.KeyId}; the key from {key.Source} is {key.Id})"));
        else if (!VerificationCode.Matches(recomputed, entry.Code) || content is null || content.Number != entry.Number)
            checks.Add(new VerificationCheck("record", false, "the registry's record does not match its verification code: it was altered after issue"));
        else
            checks.Add(new VerificationCheck("record", true, "the registry's record matches its verification code"));

        if (code is not null)
        {
            var typed = VerificationCode.Normalize(code);
            checks.Add(typed is not null && VerificationCode.Matches(entry.Code, typed)
                ? new VerificationCheck("code", true, $"the code {VerificationCode.Display(entry.Code)} is right")
                : new VerificationCheck("code", false, $"the code `{code}` is not this certificate's"));
        }

        checks.Add(entry.SupersededBy is { } by
            ? new VerificationCheck("current", false, $"superseded by {by} (reissued); this one is no longer valid")
            : new VerificationCheck("current", true, "not superseded"));

        if (contractHash is not null)
        {
            checks.Add(string.Equals(contractHash, entry.ContractHash, StringComparison.Ordinal) && (content is null || content.ContractHash == contractHash)
                ? new VerificationCheck("contract", true, "issued under exactly this contract text")
                : new VerificationCheck("contract", false, $"issued under another text of the contract ({entry.ContractHash}; the given contract is {contractHash})"));
        }
        return new VerificationResult(number, checks, entry, content);
    }
}
