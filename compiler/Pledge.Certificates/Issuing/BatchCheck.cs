using Pledge.Certificates.Input;

namespace Pledge.Certificates.Issuing;

/// <summary>The rows of a data file after checking: the good ones in file order, and every problem of the bad ones.</summary>
public sealed record BatchCheck(IReadOnlyList<CustomerRow> Rows, IReadOnlyList<RowError> Errors, int RowCount)
{
    public int BadRowCount => Errors.Select(e => e.Row).Distinct().Count();
}
