using Pledge.Certificates.Signing;

namespace Pledge.Cli.Commands;

/// <summary>The certificate key for `certify` and `verify`: `--key-file` (relative to the working directory), else PLEDGE_CERT_KEY.</summary>
internal static class CertificateKeys
{
    /// <exception cref="CliUsageException">there is no usable key.</exception>
    public static CertificateKey Load(CliContext context, string? keyFile)
    {
        try
        {
            var path = keyFile is null ? null : Path.GetFullPath(keyFile, context.WorkingDirectory);
            if (path is not null && !File.Exists(path)) throw new CliUsageException($"`--key-file {keyFile}` does not exist");
            return CertificateKey.Load(path, Environment.GetEnvironmentVariable(CertificateKey.EnvironmentVariable));
        }
        catch (CertificateKeyException e)
        {
            throw new CliUsageException(e.Message);
        }
    }
}
