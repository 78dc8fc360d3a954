namespace Dossier.Core.Search;

/// <summary>
/// A record related to a document: the authorities both cite (in ordinal order), whether it is of the document's day,
/// and where its date starts.
/// </summary>
public sealed record RelatedCandidate(string RecordId, IReadOnlyList<string> Shared, bool SameDay, DateOnly? Start)
{
    /// <summary>How related: one for each shared authority and one for the same day.</summary>
    public int Score => ScoreOf(Shared.Count, SameDay);

    public static int ScoreOf(int shared, bool sameDay) => shared + (sameDay ? 1 : 0);

    /// <summary>The one order of related documents: the most related first, then the earliest, then by id.</summary>
    public static IEnumerable<RelatedCandidate> Ranked(IEnumerable<RelatedCandidate> candidates) =>
        candidates.Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Start ?? DateOnly.MaxValue)
            .ThenBy(c => c.RecordId, StringComparer.Ordinal);
}
