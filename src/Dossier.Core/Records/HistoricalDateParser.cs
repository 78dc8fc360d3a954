using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Core.Records;

/// <summary>
/// Reads dates as sources print them: ISO ("1955-08-02", "1955-08"), English prose ("August 2, 1955",
/// "2 August 1955", "August 1955", "November 1967"), years, ranges ("1954–1957", "1954-1957"),
/// circa ("ca. 1946", "c. 1946", "circa 1946") and EDTF values ("1954/1957", "1946~").
/// </summary>
public static partial class HistoricalDateParser
{
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    public static HistoricalDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var s = Normalize(text);

        var circa = CircaPattern().Match(s);
        if (circa.Success)
        {
            var inner = ParseSingle(circa.Groups["rest"].Value);
            return inner is null ? null : HistoricalDate.Approximate(inner);
        }
        if (s.EndsWith('~') || s.EndsWith('?'))
        {
            var inner = ParseSingle(s[..^1]);
            return inner is null ? null : HistoricalDate.Approximate(inner);
        }

        var single = ParseSingle(s);
        if (single is not null)
        {
            return single;
        }

        foreach (var separator in RangeSeparators)
        {
            var at = s.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }
            var from = ParseSingle(s[..at]);
            var to = ParseSingle(s[(at + separator.Length)..]);
            if (from is not null && to is not null && from.Start <= to.End)
            {
                return HistoricalDate.Range(from, to);
            }
        }
        return null;
    }

    private static readonly string[] RangeSeparators = ["/", " to ", " - ", "-", "–", "—"];

    private static string Normalize(string text) =>
        WhitespacePattern().Replace(text.Trim().Replace('\u2013', '–').Replace('\u00A0', ' '), " ").Trim().TrimEnd('.');

    private static HistoricalDate? ParseSingle(string text)
    {
        var s = text.Trim().TrimEnd('.', ',').Trim();
        if (s.Length == 0)
        {
            return null;
        }

        var iso = IsoPattern().Match(s);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["m"].Success)
            {
                return Year(year);
            }
            var month = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (!iso.Groups["d"].Success)
            {
                return Month(year, month);
            }
            return Day(year, month, int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture));
        }

        var mdy = MonthDayYearPattern().Match(s);
        if (mdy.Success)
        {
            var month = MonthNumber(mdy.Groups["month"].Value);
            var year = int.Parse(mdy.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (month == 0)
            {
                return null;
            }
            return mdy.Groups["d"].Success
                ? Day(year, month, int.Parse(mdy.Groups["d"].Value, CultureInfo.InvariantCulture))
                : Month(year, month);
        }

        var dmy = DayMonthYearPattern().Match(s);
        if (dmy.Success)
        {
            var month = MonthNumber(dmy.Groups["month"].Value);
            return month == 0
                ? null
                : Day(int.Parse(dmy.Groups["y"].Value, CultureInfo.InvariantCulture), month, int.Parse(dmy.Groups["d"].Value, CultureInfo.InvariantCulture));
        }
        return null;
    }

    private static int MonthNumber(string name)
    {
        var lower = name.TrimEnd('.').ToLowerInvariant();
        if (lower.Length < 3)
        {
            return 0;
        }
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(lower, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return lower == "sept" ? 9 : 0;
    }

    private static HistoricalDate? Year(int year) => year is >= 1 and <= 9999 ? HistoricalDate.Year(year) : null;

    private static HistoricalDate? Month(int year, int month) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 ? HistoricalDate.Month(year, month) : null;

    private static HistoricalDate? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? HistoricalDate.Day(new DateOnly(year, month, day))
            : null;

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?(?:T[\d:.+\-Z]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<month>[A-Za-z]+\.?)\s+(?:(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+)?(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYearPattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>[A-Za-z]+\.?),?\s+(?<y>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearPattern();

    [GeneratedRegex(@"^(?:ca\.?|c\.|circa|approx\.?|about)\s*(?<rest>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CircaPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhitespacePattern();
}
