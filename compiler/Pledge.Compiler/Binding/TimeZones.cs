using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Pledge.Compiler.Binding;

/// <summary>Resolves `timezone` texts: an IANA name from NodaTime's TZDB, or a fixed offset `UTC±HH:MM`.</summary>
internal static partial class TimeZones
{
    [GeneratedRegex(@"^UTC([+-])(\d{2}):(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex FixedOffset();

    public static DateTimeZone? Resolve(string text)
    {
        var match = FixedOffset().Match(text);
        if (match.Success)
        {
            var hours = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var minutes = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
            // Real offsets lie within ±14:00; anything else is a typo, not a zone.
            if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0)) return null;
            var offset = Offset.FromHoursAndMinutes(hours, minutes);
            return DateTimeZone.ForOffset(match.Groups[1].Value == "-" ? -offset : offset);
        }
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(text);
    }

    public static string? Suggest(string text)
    {
        // `UTC+8` and `utc+08:00` mean a fixed offset in a form we do not read: suggest the canonical one.
        var loose = Regex.Match(text, @"^(?:UTC|GMT)\s*([+-])(\d{1,2})(?::?(\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        if (loose.Success)
        {
            var candidate = $"UTC{loose.Groups[1].Value}{int.Parse(loose.Groups[2].Value, CultureInfo.InvariantCulture):00}:{(loose.Groups[3].Success ? loose.Groups[3].Value : "00")}";
            return Resolve(candidate) is null ? null : candidate;
        }
        return NameSuggester.Suggest(text, DateTimeZoneProviders.Tzdb.Ids);
    }
}
