namespace Pledge.Compiler.Semantics;

/// <summary>`09:00-18:00`: minutes since midnight, <see cref="To"/> exclusive (1440 = `24:00`, the end of the day).</summary>
public readonly record struct TimeOfDayRange(int From, int To)
{
    public int Minutes => To - From;
}
