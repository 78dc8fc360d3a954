using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Bench.Search;

/// <summary>
/// Turns an index heading ("Soviet Union (see also; under Turkey)") into the words a peer engine is given:
/// letters and digits only, lower case, one-letter initials and the index's own cross-reference words
/// ("see", "also", "under") and English stop words dropped, so the peers get a sane query rather than syntax.
/// </summary>
internal static partial class PeerQueryText
{
    private static readonly HashSet<string> Dropped = new(
        ["see", "also", "under", "the", "of", "and", "in", "for", "to", "on", "with", "by", "at", "an", "from", "as", "or", "not", "is"],
        StringComparer.Ordinal);

    public static List<string> Words(string heading) =>
        WordPattern().Matches(heading).Select(m => m.Value.ToLowerInvariant())
            .Where(w => w.Length > 1 && !Dropped.Contains(w)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>FTS5 MATCH text: each word a quoted string (so no word is read as syntax), joined by AND or OR.</summary>
    public static string Fts5(IReadOnlyList<string> words, string joiner) =>
        string.Join(joiner, words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    public static string Fts5Phrase(IReadOnlyList<string> words)
    {
        var text = new StringBuilder("\"");
        text.AppendJoin(' ', words.Select(w => w.Replace("\"", "\"\"", StringComparison.Ordinal)));
        return text.Append('"').ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();
}
