using System.Globalization;

namespace Dossier.Interop.Importers.Citations;

/// <summary>A citation longer than the archive accepts for a description (ImportLimits.MaxDescriptionLength).</summary>
public sealed class CitationTooLongException : Exception
{
    public CitationTooLongException(int length, int limit)
        : base(string.Format(CultureInfo.InvariantCulture, "the citation is {0:N0} characters long; the limit is {1:N0}", length, limit))
    {
        Length = length;
        Limit = limit;
    }

    public CitationTooLongException() : this(0, 0)
    {
    }

    public CitationTooLongException(string message) : base(message)
    {
    }

    public CitationTooLongException(string message, Exception inner) : base(message, inner)
    {
    }

    public int Length { get; }

    public int Limit { get; }
}
