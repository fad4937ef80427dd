using NodaTime;
using Pledge.Compiler.Semantics;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Interpretation;

/// <summary>
/// When a milestone is due: its start event plus the deadline measured on its clock (the deadline's own
/// `on CALENDAR`, else the clause's `clock`, else `24x7`), or the close of the N-th business day after the
/// start's date.
/// </summary>
internal static class DeadlineCalculator
{
    public static Instant? Due(Instant start, Deadline deadline, CalendarSymbol? clauseClock, Clocks clocks, out string? why)
    {
        var clock = clocks.For(deadline.On ?? clauseClock);
        why = null;
        switch (deadline)
        {
            case DurationDeadline d:
                return WrittenDurations.Add(start, d.Duration, clock, out why);
            case CloseOfBusinessDayDeadline c:
                if (c.Day < 1)
                {
                    why = "`end of business day` needs a day of 1 or more";
                    return null;
                }
                return clock.CloseOfBusinessDay(start, c.Day);
            default:
                why = "the deadline is not understood";
                return null;
        }
    }
}
