using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Querying;

/// <summary>
/// Words of an index heading or catalogue entry that say nothing about the records sought: English function words
/// and the index's cross-reference and continuation words ("see", "also", "under", "subheadings", "Yugoslavia—Continued"). In a ranked query they would
/// only reward records for common words; they still count when typed alone or in a phrase.
/// </summary>
internal static class HeadingWords
{
    private static readonly HashSet<string> Ignored = new(
        [
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the", "to", "with",
            "see", "also", "under", "subheadings", "other", "subjects", "passim", "et", "seq", "continued",
        ],
        StringComparer.Ordinal);

    // Ranks, titles and honorifics of index headings ("Gruenther, Gen. Alfred M.", "Harding, Sir John", "Rubottom, R. Roy, Jr."):
    // a record names the person without them as often as with them.
    private static readonly HashSet<string> Qualifiers = new(
        [
            "gen", "adm", "rear", "vice", "col", "lt", "maj", "capt", "cdr", "brig", "sgt", "sir", "lord", "lady", "jr", "sr",
            "dr", "mr", "mrs", "ms", "prof", "rev", "hon", "msgr", "amb", "ret", "usa", "usn", "usaf", "usmc",
        ],
        StringComparer.Ordinal);

    /// <summary>A rank, title or honorific, folded to lower-case Latin letters ("gen", "sir", "jr").</summary>
    public static bool IsTitle(string folded) => Qualifiers.Contains(folded);

    /// <summary>
    /// True when the word is a heading's qualifier rather than what it is about: an initial ("E."), a rank or title
    /// ("Gen.", "Sir", "Jr."): such words rank softly. (Numbers do not: "NSC 5436/1" names its document.)
    /// </summary>
    public static bool IsQualifier(string typed)
    {
        var terms = IndexAnalysis.Terms(SearchFields.Exact, typed);
        return terms.Count > 0 && terms.All(t => (t.Length == 1 && char.IsLetter(t[0])) || Qualifiers.Contains(t));
    }

    /// <summary>
    /// The words before a heading's last dash ("Soviet Union — Afghanistan, relations with — Economic assistance Oil
    /// exploration"): the headings above the subheading, which the index sets before it with an em or en dash standing
    /// alone. A dash inside a word ("Czechoslovakia—Continued") or a hyphen does not count. Empty without such a dash.
    /// </summary>
    public static HashSet<QueryNode> Context(IReadOnlyList<QueryNode> parts)
    {
        var context = new HashSet<QueryNode>(ReferenceEqualityComparer.Instance);
        for (var i = LastDash(parts) - 1; i >= 0; i--)
        {
            context.Add(parts[i]);
        }
        return context;
    }

    private static int LastDash(IReadOnlyList<QueryNode> parts)
    {
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            if (parts[i] is WordNode { Text: { Length: > 0 } text } && text.All(c => c is '—' or '–'))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>True when every exact form of the word is a function or cross-reference word.</summary>
    public static bool IsIgnorable(string typed)
    {
        var terms = IndexAnalysis.Terms(SearchFields.Exact, typed);
        return terms.Count > 0 && terms.All(Ignored.Contains);
    }
}
