using NodaTime;
using Pledge.Certificates.Content;
using Pledge.Certificates.Input;
using Pledge.Certificates.Numbering;
using Pledge.Certificates.Registry;
using Pledge.Certificates.Signing;

namespace Pledge.Certificates.Issuing;

/// <summary>
/// Issues a warranty's certificates for checked customer rows: the registry allocates each new number, the content
/// is made for it and signed with the key, and the registry records both; a row that already has a certificate gets
/// that one back. The issue date comes from the clock in the contract's zone unless given: nothing here reads the
/// system time, so tests fix it.
/// </summary>
public sealed class CertificateIssuer(WarrantyTarget target, CertificateKey key, IClock clock)
{
    private readonly CertificateContentBuilder _builder = new(target);

    public WarrantyTarget Target => target;

    /// <summary>Checks every row; a file-level problem (columns) throws <see cref="CustomerDataException"/>.</summary>
    public BatchCheck Check(CustomerTable table)
    {
        var validator = new CustomerRowValidator(target);
        validator.CheckColumns(table);
        var errors = new List<RowError>();
        var rows = new List<CustomerRow>();
        foreach (var record in table.Records)
            if (validator.Check(record, errors) is { } row) rows.Add(row);
        return new BatchCheck(rows, errors, table.Records.Count);
    }

    /// <summary>The issue date used when none is given: today in the contract's time zone.</summary>
    public LocalDate Today => clock.GetCurrentInstant().InZone(target.Contract.TimeZone ?? DateTimeZone.Utc).Date;

    /// <summary>The prefix used: the option's, else `WARRANTY-YEAR` of the issue date.</summary>
    public string PrefixFor(IssueOptions options) =>
        options.Prefix ?? CertificateNumber.DefaultPrefix(target.Warranty.Name, (options.IssueDate ?? Today).Year);

    /// <param name="registered">Called with each row's index once its transaction has committed (progress).</param>
    public IReadOnlyList<IssuedCertificate> Issue(CertificateRegistry registry, IReadOnlyList<CustomerRow> rows, IssueOptions options, Action<int>? registered = null)
    {
        var issueDate = options.IssueDate ?? Today;
        var prefix = PrefixFor(options);
        if (CertificateNumber.CheckPrefix(prefix) is { } problem) throw new CertificateInputException(problem);

        var outcomes = registry.Issue(
            target.Key,
            prefix,
            [.. rows.Select(r => r.Fingerprint)],
            options.Reissue,
            key.Id,
            clock.GetCurrentInstant(),
            (index, number) =>
            {
                var content = _builder.Build(number, rows[index], issueDate);
                var bytes = content.CanonicalBytes();
                return new SignedContent(System.Text.Encoding.UTF8.GetString(bytes), VerificationCode.Compute(key, bytes), target.ContractHash);
            },
            registered);

        // Rendered from what the registry holds, new or not: the same certificate always prints the same bytes.
        return [.. outcomes.Select((o, i) => new IssuedCertificate(
            rows[i],
            CertificateContent.FromJson(o.Entry.Content),
            o.Entry.Code,
            o.IsNew,
            o.Superseded,
            !o.IsNew && o.Entry.ContractHash != target.ContractHash))];
    }
}
