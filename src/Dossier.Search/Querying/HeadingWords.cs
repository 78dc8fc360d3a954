using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Querying;

/// <summary>
/// Words of an index heading or catalogue entry that say nothing about the records sought: English function words
/// and the index's cross-reference words ("see", "also", "under", "subheadings"). In a ranked query they would
/// only reward records for common words; they still count when typed alone or in a phrase.
/// </summary>
internal static class HeadingWords
{
    private static readonly HashSet<string> Ignored = new(
        [
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the", "to", "with",
            "see", "also", "under", "subheadings", "other", "subjects", "passim", "et", "seq",
        ],
        StringComparer.Ordinal);

    /// <summary>True when every exact form of the word is a function or cross-reference word.</summary>
    public static bool IsIgnorable(string typed)
    {
        var terms = IndexAnalysis.Terms(SearchFields.Exact, typed);
        return terms.Count > 0 && terms.All(Ignored.Contains);
    }
}
