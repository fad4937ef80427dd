using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Pledge.Runtime.Incidents;

/// <summary>
/// ISO 8601 timestamps with an offset or `Z`: `2026-10-03T09:15:00+08:00`, `2026-10-03T01:15Z`, with optional
/// fractions of a second. A time without an offset is refused: it would mean a different instant in every zone.
/// </summary>
public static class Timestamps
{
    private static readonly OffsetDateTimePattern WithSeconds =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>");

    private static readonly OffsetDateTimePattern WithoutSeconds =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    /// <summary>How instants are written in reports: seconds always, offset as `+08:00` (or `Z`).</summary>
    private static readonly OffsetDateTimePattern Output =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    public static Instant? TryParse(string text)
    {
        var trimmed = text.Trim();
        var result = WithSeconds.Parse(trimmed);
        if (!result.Success) result = WithoutSeconds.Parse(trimmed);
        return result.Success ? result.Value.ToInstant() : null;
    }

    /// <summary>The instant in a zone, as reports show it.</summary>
    public static string Format(Instant instant, DateTimeZone zone) =>
        Output.Format(instant.InZone(zone).ToOffsetDateTime());

    public static string FormatDate(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
}
