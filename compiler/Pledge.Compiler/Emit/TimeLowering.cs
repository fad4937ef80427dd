using Pledge.Compiler.Semantics;
using Pledge.Dsl.Syntax;
using Pledge.Runtime.Time;

namespace Pledge.Compiler.Emit;

/// <summary>A clock as emitted code names it: a static field, and whether it is `24x7` (where working time is elapsed time).</summary>
internal sealed record ClockRef(string Field, bool IsContinuous);

/// <summary>
/// An instant computed by emitted code: a C# expression of type <c>Instant</c> (or <c>Instant?</c> when
/// <see cref="Nullable"/>); when the length is known at emit time to be undefined, the expression is <c>null</c> and
/// <see cref="ConstantWhy"/> says why.
/// </summary>
internal sealed record LoweredInstant(string Expression, bool Nullable, string? ConstantWhy);

/// <summary>
/// Written durations and deadlines lowered to expressions: fixed lengths become nanosecond constants added on the clock
/// (plain addition on `24x7`), business days and calendar months call <see cref="Runtime.Compiled.WrittenTime"/>,
/// close-of-day deadlines call the clock. Mirrors the interpreter's WrittenDurations and DeadlineCalculator.
/// </summary>
internal static class TimeLowering
{
    /// <param name="start">The C# expression of the start instant.</param>
    /// <param name="whyOut">Where a business-day computation reports why it has no length: a declared `string?` local, or `_`.</param>
    public static LoweredInstant Add(string start, WrittenDuration duration, ClockRef clock, string whyOut)
    {
        if (duration.FixedMinutes is { } minutes) return WorkingTime(start, minutes, clock);
        switch (duration.Unit)
        {
            case DurationUnit.BusinessHour:
                return WorkingTime(start, duration.Amount * 60, clock);
            case DurationUnit.BusinessDay:
                return new LoweredInstant(
                    $"global::Pledge.Runtime.Compiled.WrittenTime.AddBusinessDays({clock.Field}, {start}, {CSharpText.Decimal(duration.Amount)}, out {whyOut})", true, null);
            case DurationUnit.Month or DurationUnit.Year:
                if (duration.Amount != decimal.Truncate(duration.Amount))
                    return new LoweredInstant("null", true, "a fraction of a month or year has no exact length");
                var months = (int)duration.Amount * (duration.Unit == DurationUnit.Year ? 12 : 1);
                return new LoweredInstant($"global::Pledge.Runtime.Compiled.WrittenTime.AddMonths({clock.Field}, {start}, {CSharpText.Int(months)})", false, null);
            default:
                return new LoweredInstant("null", true, "the duration has no unit");
        }
    }

    /// <summary>A milestone's deadline on its clock.</summary>
    public static LoweredInstant Due(string start, Deadline deadline, ClockRef clock, string whyOut) => deadline switch
    {
        DurationDeadline d => Add(start, d.Duration, clock, whyOut),
        CloseOfBusinessDayDeadline { Day: < 1 } => new LoweredInstant("null", true, "`end of business day` needs a day of 1 or more"),
        CloseOfBusinessDayDeadline c => new LoweredInstant($"{clock.Field}.CloseOfBusinessDay({start}, {CSharpText.Int(c.Day)})", false, null),
        _ => new LoweredInstant("null", true, "the deadline is not understood"),
    };

    /// <summary>`Duration.FromNanoseconds(N)` for a number of minutes, rounded to the nanosecond exactly as the runtime does.</summary>
    public static string DurationOfMinutes(decimal minutes)
    {
        try
        {
            return $"global::NodaTime.Duration.FromNanoseconds({CSharpText.Long(Minutes.ToDuration(minutes).ToInt64Nanoseconds())})";
        }
        catch (OverflowException)
        {
            // Too long for a constant: computed (and failing) at evaluation time, as the interpreter does.
            return $"global::Pledge.Runtime.Time.Minutes.ToDuration({CSharpText.Decimal(minutes)})";
        }
    }

    private static LoweredInstant WorkingTime(string start, decimal minutes, ClockRef clock) =>
        clock.IsContinuous
            ? new LoweredInstant($"({start} + {DurationOfMinutes(minutes)})", false, null)
            : new LoweredInstant($"{clock.Field}.AddWorkingTime({start}, {DurationOfMinutes(minutes)})", false, null);
}
