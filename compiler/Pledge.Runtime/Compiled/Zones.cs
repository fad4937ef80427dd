using NodaTime;

namespace Pledge.Runtime.Compiled;

/// <summary>The zones emitted code names: an IANA zone by id, or a fixed offset in seconds (`UTC-05:00`).</summary>
public static class Zones
{
    public static DateTimeZone Iana(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new InvalidOperationException($"the time zone `{id}` is not known to this NodaTime");

    public static DateTimeZone Fixed(int offsetSeconds) => DateTimeZone.ForOffset(Offset.FromSeconds(offsetSeconds));
}
