using System.Globalization;
using Dossier.Core.Records;

namespace Dossier.Web.Documents;

/// <summary>Historical dates as readers write them ("2 August 1955", "August 1955", "1954–1957", "ca. 1946"), from their EDTF value.</summary>
public static class DateDisplay
{
    public static string Of(HistoricalDate? date)
    {
        if (date is null)
        {
            return "";
        }
        return date.Precision switch
        {
            DatePrecision.Day => date.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => date.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Year => date.Start.Year.ToString(CultureInfo.InvariantCulture),
            DatePrecision.Approximate => "ca. " + Around(date),
            DatePrecision.Range => Range(date),
            _ => date.Value,
        };
    }

    private static string Around(HistoricalDate date) =>
        date.Start.Year == date.End.Year
            ? date.Start.Year.ToString(CultureInfo.InvariantCulture)
            : date.Start.Year.ToString(CultureInfo.InvariantCulture) + "–" + date.End.Year.ToString(CultureInfo.InvariantCulture);

    private static string Range(HistoricalDate date)
    {
        var parts = date.Value.Split('/');
        return parts.Length == 2 ? Part(parts[0]) + "–" + Part(parts[1]) : date.Value;
    }

    private static string Part(string edtf) => HistoricalDateParser.Parse(edtf) is { Precision: not DatePrecision.Range } single ? Of(single) : edtf;
}
