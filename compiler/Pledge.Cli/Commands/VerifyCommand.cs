using System.CommandLine;
using Pledge.Certificates.Content;
using Pledge.Certificates.Numbering;
using Pledge.Certificates.Registry;
using Pledge.Certificates.Verification;
using Pledge.Cli.Output;
using Pledge.Compiler;

namespace Pledge.Cli.Commands;

/// <summary>
/// <c>pledge verify NUMBER [--code CODE] [--registry PATH] [--key-file F] [--contract FILE]</c>: whether a certificate
/// is genuine (docs/certificates.md, "Verifying"), each check on its own line, then what the certificate covers.
/// NUMBER may be the QR code's payload `NUMBER|CODE` as a scanner types it. Exit 0: genuine; 1: not genuine
/// (unknown number, wrong code, altered record, superseded, another contract text); 2: usage.
/// </summary>
public static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var number = new Argument<string>("NUMBER") { Description = "The certificate number (PAINT-2026-000123), or the QR payload NUMBER|CODE" };
        var code = new Option<string?>("--code", "-c") { Description = "The verification code printed on the certificate", HelpName = "CODE" };
        var registry = new Option<string?>("--registry") { Description = "The registry database (default: certificates.db in the current folder)", HelpName = "PATH" };
        var keyFile = new Option<string?>("--key-file") { Description = "The file holding the certificate key (default: the PLEDGE_CERT_KEY environment variable)", HelpName = "F" };
        var contract = new Option<string?>("--contract") { Description = "Also check that the certificate was issued under exactly this contract text", HelpName = "FILE" };
        var command = new Command("verify", "Check whether a warranty certificate is genuine, and show what it covers") { number, code, registry, keyFile, contract };
        command.SetAction(result => Run(context, result.GetValue(number) ?? "", result.GetValue(code), result.GetValue(registry), result.GetValue(keyFile), result.GetValue(contract)));
        return command;
    }

    public static int Run(CliContext context, string numberText, string? code, string? registryPath, string? keyFile, string? contractPath)
    {
        var key = CertificateKeys.Load(context, keyFile);
        var parts = numberText.Split('|', 2);
        if (parts.Length == 2)
        {
            if (code is not null && !string.Equals(code.Replace("-", "", StringComparison.Ordinal), parts[1].Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
                throw new CliUsageException($"`{numberText}` carries a code, and `--code {code}` is another");
            code ??= parts[1];
        }
        if (!CertificateNumber.TryParse(parts[0], out var number))
            throw new CliUsageException($"`{parts[0]}` is not a certificate number (they look like PAINT-2026-000123)");

        var registryFull = Path.GetFullPath(registryPath ?? CertificateRegistry.DefaultFileName, context.WorkingDirectory);
        if (!File.Exists(registryFull))
            throw new CliUsageException($"there is no registry at `{PathDisplay.Show(registryFull, context.WorkingDirectory)}`{(registryPath is null ? "; pass --registry PATH" : "")}");
        var contractHash = contractPath is null ? null : HashOf(context, contractPath);

        VerificationResult result;
        try
        {
            using var registry = CertificateRegistry.Open(registryFull, create: false);
            result = CertificateVerifier.Verify(registry, key, number.ToString(), code, contractHash);
        }
        catch (RegistryException e)
        {
            throw new CliUsageException(e.Message);
        }

        context.Stdout.WriteLine($"{result.Number}: {(result.IsGenuine ? "genuine" : "NOT GENUINE")}");
        foreach (var check in result.Checks) context.Stdout.WriteLine($"  {(check.Passed ? "ok " : "FAIL")} {check.Name}: {check.Detail}");
        if (result.Content is { } content) Describe(context.Stdout, content);
        return result.IsGenuine ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>What the certificate covers, each text in all its languages (`中文 / English`).</summary>
    private static void Describe(TextWriter output, CertificateContent content)
    {
        string All(Func<CertificateTexts, string?> text) =>
            string.Join(" / ", content.Languages.Select(l => text(content.Texts[l])).Where(t => !string.IsNullOrEmpty(t)).Distinct());
        output.WriteLine($"customer: {content.Customer}");
        output.WriteLine($"warranty: {All(t => t.WarrantyTitle)} ({content.ContractName}/{content.WarrantyName})");
        output.WriteLine($"provider: {All(t => t.Provider)}");
        output.WriteLine($"period: {CertificateContent.Date(content.Start)} to {CertificateContent.Date(content.End)} inclusive ({content.Duration})");
        output.WriteLine($"issued: {CertificateContent.Date(content.Issued)}");
        foreach (var p in content.Parameters) output.WriteLine($"{p.Name}: {p.Text}");
        output.WriteLine("covers:");
        for (var i = 0; i < content.Covers.Count; i++)
        {
            var index = i;
            var limit = content.Covers[i].Limit is { } l ? $" (at most {l})" : "";
            output.WriteLine($"  - {All(t => t.Covers[index].Item)}: {All(t => t.Covers[index].Coverage)}{limit}");
        }
        var first = content.Texts[content.Languages[0]];
        if (first.Excludes.Count > 0)
        {
            output.WriteLine("excludes:");
            for (var i = 0; i < first.Excludes.Count; i++)
            {
                var index = i;
                output.WriteLine($"  - {All(t => t.Excludes[index])}");
            }
        }
        output.WriteLine($"contract: {content.ContractHash}");
    }

    private static string HashOf(CliContext context, string contractPath)
    {
        var full = Path.GetFullPath(contractPath, context.WorkingDirectory);
        if (!File.Exists(full)) throw new CliUsageException($"`--contract {contractPath}` does not exist");
        try
        {
            return ContractHash.Compute(Compilation.Create([full]), full);
        }
        catch (PledgeIOException e)
        {
            throw new CliUsageException($"cannot read `{PathDisplay.Show(e.Path, context.WorkingDirectory)}`: {e.Reason.ReplaceLineEndings(" ")}");
        }
    }
}
