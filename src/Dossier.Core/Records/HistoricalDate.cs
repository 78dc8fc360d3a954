namespace Dossier.Core.Records;

/// <summary>
/// A partial date as historians write it. <see cref="Value"/> is in the Extended Date/Time Format
/// (ISO 8601-2 / EDTF level 1): "1955-08-02", "1955-08", "1955", "1954/1957", "1946~".
/// <see cref="Start"/> and <see cref="End"/> are the first and last days it may mean, for range queries.
/// </summary>
public sealed class HistoricalDate
{
    public string Value { get; set; } = "";

    public DatePrecision Precision { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public static HistoricalDate Day(DateOnly day) => new()
    {
        Value = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Precision = DatePrecision.Day,
        Start = day,
        End = day,
    };

    public static HistoricalDate Month(int year, int month) => new()
    {
        Value = FormattableString.Invariant($"{year:0000}-{month:00}"),
        Precision = DatePrecision.Month,
        Start = new DateOnly(year, month, 1),
        End = new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
    };

    public static HistoricalDate Year(int year) => new()
    {
        Value = FormattableString.Invariant($"{year:0000}"),
        Precision = DatePrecision.Year,
        Start = new DateOnly(year, 1, 1),
        End = new DateOnly(year, 12, 31),
    };

    /// <summary>An interval; each end keeps its own precision in <see cref="Value"/> ("1954/1957", "1955-03/1955-06-12").</summary>
    public static HistoricalDate Range(HistoricalDate from, HistoricalDate to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        return new()
        {
            Value = from.Value + "/" + to.Value,
            Precision = DatePrecision.Range,
            Start = from.Start,
            End = to.End,
        };
    }

    /// <summary>"ca." a date: EDTF's "~" qualifier. The bounds widen to the whole year.</summary>
    public static HistoricalDate Approximate(HistoricalDate around)
    {
        ArgumentNullException.ThrowIfNull(around);
        return new()
        {
            Value = around.Value + "~",
            Precision = DatePrecision.Approximate,
            Start = new DateOnly(around.Start.Year, 1, 1),
            End = new DateOnly(around.End.Year, 12, 31),
        };
    }

    public override string ToString() => Value;
}
