using System.Collections;
using System.Collections.Immutable;

namespace Pledge.Runtime.Reports;

/// <summary>
/// Why a clause is broken, one sentence per reason (`availability 99.888% is below the committed 99.9%`,
/// `INC-7: respond missed, late 25 min`). The count is known when the report is made; a subclass may write the
/// sentences only when they are first read, so that a billing run that reads only amounts never formats them.
/// </summary>
public class BreachReasonList : IReadOnlyList<string>
{
    public static readonly BreachReasonList None = new([]);

    private ImmutableArray<string> _written;

    public BreachReasonList(IEnumerable<string> reasons)
    {
        _written = [.. reasons];
        Count = _written.Length;
    }

    /// <summary>For lists that write their sentences on first read (<see cref="Write"/>, which must give <paramref name="count"/> of them).</summary>
    protected BreachReasonList(int count) => Count = count;

    public int Count { get; }

    public string this[int index] => Written[index];

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Written).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Two threads reading at once may both write the list; they write equal lists, so either will do.
    private ImmutableArray<string> Written
    {
        get
        {
            if (_written.IsDefault) _written = Write();
            return _written;
        }
    }

    protected virtual ImmutableArray<string> Write() => throw new InvalidOperationException("a deferred list must write its reasons");
}
