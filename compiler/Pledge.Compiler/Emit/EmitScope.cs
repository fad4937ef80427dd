using NodaTime;
using Pledge.Compiler.Semantics;

namespace Pledge.Compiler.Emit;

/// <summary>What the emitted class shares between its clauses: the contract's zone and one clock field per calendar used.</summary>
internal sealed class EmitScope(DateTimeZone contractZone)
{
    private readonly Dictionary<CalendarSymbol, string> _fields = new(ReferenceEqualityComparer.Instance);
    private readonly List<(CalendarSymbol, string)> _ordered = [];

    public DateTimeZone ContractZone { get; } = contractZone;

    public static ClockRef Continuous { get; } = new("Continuous", true);

    /// <summary>The calendars used so far and their fields, in first-use order.</summary>
    public IReadOnlyList<(CalendarSymbol Calendar, string Field)> Calendars => _ordered;

    /// <summary>The clock of a calendar (null: `24x7`), given a field on first use.</summary>
    public ClockRef Clock(CalendarSymbol? calendar)
    {
        if (calendar is null) return Continuous;
        if (!_fields.TryGetValue(calendar, out var field))
        {
            field = GeneratedNames.CalendarField(_ordered.Count, calendar.Name);
            _fields[calendar] = field;
            _ordered.Add((calendar, field));
        }
        return new ClockRef(field, false);
    }
}
