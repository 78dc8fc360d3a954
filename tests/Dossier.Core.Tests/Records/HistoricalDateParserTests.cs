using Dossier.Core.Records;

namespace Dossier.Core.Tests.Records;

public sealed class HistoricalDateParserTests
{
    [Theory]
    [InlineData("August 2, 1955", "1955-08-02", DatePrecision.Day, "1955-08-02", "1955-08-02")]
    [InlineData("2 August 1955", "1955-08-02", DatePrecision.Day, "1955-08-02", "1955-08-02")]
    [InlineData("1955-08-02", "1955-08-02", DatePrecision.Day, "1955-08-02", "1955-08-02")]
    [InlineData("August 1955", "1955-08", DatePrecision.Month, "1955-08-01", "1955-08-31")]
    [InlineData("November 1967", "1967-11", DatePrecision.Month, "1967-11-01", "1967-11-30")]
    [InlineData("Sept. 1956", "1956-09", DatePrecision.Month, "1956-09-01", "1956-09-30")]
    [InlineData("1955", "1955", DatePrecision.Year, "1955-01-01", "1955-12-31")]
    [InlineData("1954–1957", "1954/1957", DatePrecision.Range, "1954-01-01", "1957-12-31")]
    [InlineData("1954-1957", "1954/1957", DatePrecision.Range, "1954-01-01", "1957-12-31")]
    [InlineData("1954/1957", "1954/1957", DatePrecision.Range, "1954-01-01", "1957-12-31")]
    [InlineData("ca. 1946", "1946~", DatePrecision.Approximate, "1946-01-01", "1946-12-31")]
    [InlineData("circa 1946", "1946~", DatePrecision.Approximate, "1946-01-01", "1946-12-31")]
    [InlineData("1946~", "1946~", DatePrecision.Approximate, "1946-01-01", "1946-12-31")]
    public void Should_read_partial_dates_as_historians_write_them(string text, string value, DatePrecision precision, string start, string end)
    {
        var date = HistoricalDateParser.Parse(text);

        Assert.NotNull(date);
        Assert.Equal(value, date.Value);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sometime")]
    [InlineData("February 30, 1955")]
    [InlineData("1957-1954")]
    [InlineData("Smarch 1955")]
    public void Should_give_no_date_for_text_that_is_not_one(string text)
    {
        Assert.Null(HistoricalDateParser.Parse(text));
    }
}
