using System.Globalization;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// OAI-PMH datestamps (section 3.3): UTC, "YYYY-MM-DDThh:mm:ssZ" (the granularity this repository declares) or
/// "YYYY-MM-DD" in from/until arguments, which every repository must accept.
/// </summary>
internal static class OaiDatestamp
{
    public const string Granularity = "YYYY-MM-DDThh:mm:ssZ";

    private const string SecondsFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    public static string Format(DateTimeOffset instant) =>
        Truncate(instant).ToString(SecondsFormat, CultureInfo.InvariantCulture);

    /// <summary>The instant to the whole second, in UTC: datestamps compare at the granularity they are written in.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    /// <summary>Reads a from or until argument; <paramref name="isDay"/> tells its granularity. False when it is neither form.</summary>
    public static bool TryParse(string text, bool isUntil, out DateTimeOffset instant, out bool isDay)
    {
        instant = default;
        isDay = text.Length == DayFormat.Length;
        var format = isDay ? DayFormat : SecondsFormat;
        if (!DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }
        instant = new DateTimeOffset(DateTime.SpecifyKind(parsed, DateTimeKind.Utc));
        if (isDay && isUntil)
        {
            // "until=2026-11-30" means to the end of that day.
            instant = instant.AddDays(1).AddSeconds(-1);
        }
        return true;
    }
}
