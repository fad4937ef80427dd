using NodaTime;

namespace Pledge.Certificates.Issuing;

/// <summary>
/// How a batch is issued. <see cref="Prefix"/>: null for the default `WARRANTY-YEAR`; <see cref="IssueDate"/>: null
/// for today in the contract's time zone; <see cref="Reissue"/>: new numbers for rows that already have a
/// certificate (the old ones are marked superseded); <see cref="SkipBadRows"/>: issue the good rows of a file that
/// has bad ones (else a bad row stops the batch before anything is issued).
/// </summary>
public sealed record IssueOptions(string? Prefix = null, LocalDate? IssueDate = null, bool Reissue = false, bool SkipBadRows = false);
