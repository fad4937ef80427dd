using Pledge.Certificates.Content;
using Pledge.Certificates.Input;

namespace Pledge.Certificates.Issuing;

/// <summary>
/// One row's certificate after a run: its content and code as the registry holds them. <see cref="IsNew"/> is false
/// when the row already had a certificate, which is returned unchanged; <see cref="Superseded"/> names the number a
/// `--reissue` replaced; <see cref="ContractChanged"/> says an existing certificate was issued under another text of
/// the contract (reissue to issue one under the current text).
/// </summary>
public sealed record IssuedCertificate(CustomerRow Row, CertificateContent Content, string Code, bool IsNew, string? Superseded, bool ContractChanged)
{
    public string Number => Content.Number;
}
