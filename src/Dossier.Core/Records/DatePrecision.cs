namespace Dossier.Core.Records;

/// <summary>How much of a historical date is known.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    /// <summary>Between two dates ("1954–1957").</summary>
    Range,
    /// <summary>Circa ("ca. 1946"); <see cref="HistoricalDate.Start"/> and <see cref="HistoricalDate.End"/> bound the guess.</summary>
    Approximate,
}
