using Pledge.Compiler.Documents.Model;
using Pledge.Compiler.Semantics;

namespace Pledge.LanguageServer.Features;

/// <summary>
/// The last day a warranty covers, for hovers and inlay hints: the compiler's <see cref="WarrantyPeriod"/>, the
/// rule (LANGUAGE.md §4) the rendered document and the certificates print, so the editor can never show another
/// date. What the server adds is the guard a hover needs (it must never throw while someone types): a duration
/// that is negative, absurdly long (over 1,000 units) or runs past the calendar has no end date here. Null also for
/// durations with no calendar length (business units, a fraction).
/// </summary>
public static class WarrantyEnd
{
    private const int MaxAmount = 1000;

    public static DateOnly? LastDay(DateOnly start, WrittenDuration duration)
    {
        if (duration.Amount < 0 || duration.Amount > MaxAmount) return null;
        try
        {
            return WarrantyPeriod.LastDay(start, duration);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Past 9999-12-31.
            return null;
        }
    }
}
