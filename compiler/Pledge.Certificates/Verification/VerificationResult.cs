using Pledge.Certificates.Content;
using Pledge.Certificates.Registry;

namespace Pledge.Certificates.Verification;

/// <summary>One check of a verification: what was checked, whether it held, and what was found.</summary>
public sealed record VerificationCheck(string Name, bool Passed, string Detail);

/// <summary>
/// The answer to "is this certificate genuine": genuine when every check passed. <see cref="Content"/> is what the
/// certificate covers, as issued, whenever the number is known (also when another check failed, so a person can
/// compare it with the paper in front of them).
/// </summary>
public sealed record VerificationResult(string Number, IReadOnlyList<VerificationCheck> Checks, RegistryEntry? Entry, CertificateContent? Content)
{
    public bool IsGenuine => Checks.Count > 0 && Checks.All(c => c.Passed);
}
