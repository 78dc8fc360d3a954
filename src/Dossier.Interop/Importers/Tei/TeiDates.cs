using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Tei;

/// <summary>TEI date attributes (<c>when</c>, <c>from</c>/<c>to</c>, <c>notBefore</c>/<c>notAfter</c>, W3C dates) to a <see cref="HistoricalDate"/>.</summary>
internal static class TeiDates
{
    public static HistoricalDate? FromAttributes(string? when, string? from, string? to)
    {
        var at = Parse(when);
        var start = Parse(from) ?? at;
        var end = Parse(to);
        if (start is null)
        {
            return end;
        }
        if (end is null || string.Equals(end.Value, start.Value, StringComparison.Ordinal))
        {
            return start;
        }
        return start.Start <= end.End ? HistoricalDate.Range(start, end) : start;
    }

    // xs:dateTime values ("1955-01-27T10:00:00-05:00") count by their day: the time of day is not a date's precision.
    private static HistoricalDate? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        var t = text.IndexOf('T', StringComparison.Ordinal);
        return HistoricalDateParser.Parse(t > 0 ? text[..t] : text);
    }
}
