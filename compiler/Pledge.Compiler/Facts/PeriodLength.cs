namespace Pledge.Compiler.Facts;

/// <summary>
/// One length a calendar period can have in a zone: `30 days`, or `31 days − 1 h` for a month in which
/// daylight saving time starts. <see cref="Minutes"/> is the real length.
/// </summary>
public sealed record PeriodLength(int Days, int DstShiftMinutes, decimal Minutes)
{
    public string Describe()
    {
        var days = Days == 1 ? "1 day" : $"{Days} days";
        return DstShiftMinutes switch
        {
            0 => days,
            > 0 => $"{days} + {DstShiftMinutes / 60m:0.##} h (daylight saving ends)",
            _ => $"{days} − {-DstShiftMinutes / 60m:0.##} h (daylight saving starts)",
        };
    }
}
