using System.Globalization;
using Dossier.Core.Records;

namespace Dossier.Core.Citations;

/// <summary>Dates as each style writes them, from a <see cref="HistoricalDate"/> (EDTF).</summary>
internal static class CitationDates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>Chicago: "August 2, 1955", "November 1967", "1967".</summary>
    public static string Long(HistoricalDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.ToString("MMMM d, yyyy", English),
        DatePrecision.Month => date.Start.ToString("MMMM yyyy", English),
        DatePrecision.Year => date.Start.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Approximate => "ca. " + date.Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => date.Start.Year == date.End.Year
            ? date.Start.Year.ToString(CultureInfo.InvariantCulture)
            : date.Start.Year.ToString(CultureInfo.InvariantCulture) + "–" + date.End.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>MLA: "2 Aug. 1955", "Nov. 1967"; May, June and July are not abbreviated, September is "Sept.".</summary>
    public static string Mla(HistoricalDate date) => date.Precision switch
    {
        DatePrecision.Day => date.Start.Day.ToString(CultureInfo.InvariantCulture) + " " + MlaMonth(date.Start.Month) + " " + Year(date.Start),
        DatePrecision.Month => MlaMonth(date.Start.Month) + " " + Year(date.Start),
        _ => Long(date),
    };

    public static string MlaDay(DateOnly day) => day.Day.ToString(CultureInfo.InvariantCulture) + " " + MlaMonth(day.Month) + " " + Year(day);

    /// <summary>APA: "1955, August 2", "1967, November", "1967".</summary>
    public static string Apa(HistoricalDate date) => date.Precision switch
    {
        DatePrecision.Day => Year(date.Start) + ", " + date.Start.ToString("MMMM d", English),
        DatePrecision.Month => Year(date.Start) + ", " + date.Start.ToString("MMMM", English),
        _ => Long(date),
    };

    /// <summary>CSL date-parts: [[1955, 8, 2]], or two parts for a range.</summary>
    public static int[][] Parts(HistoricalDate date) => date.Precision switch
    {
        DatePrecision.Day => [[date.Start.Year, date.Start.Month, date.Start.Day]],
        DatePrecision.Month => [[date.Start.Year, date.Start.Month]],
        DatePrecision.Range when date.Start.Year != date.End.Year => [[date.Start.Year], [date.End.Year]],
        _ => [[date.Start.Year]],
    };

    public static string Year(DateOnly day) => day.Year.ToString(CultureInfo.InvariantCulture);

    private static string MlaMonth(int month) => month switch
    {
        5 => "May",
        6 => "June",
        7 => "July",
        9 => "Sept.",
        _ => new DateOnly(2000, month, 1).ToString("MMM", English) + ".",
    };
}
