using System.Globalization;
using Dossier.Core.Romanization;

namespace Dossier.Core.Alignment;

/// <summary>
/// What a paragraph and its translation keep whatever the language: numbers ("1954", "29"), months
/// ("декабря", "December", "Dezember" are all month 12) and names, compared by the first letters of their
/// folded Latin form (Хрущев and Khrushchev both "khru"). The aligner rewards beads whose sides share them.
/// </summary>
public static class AlignmentAnchors
{
    private const int NamePrefix = 4;

    /// <summary>Month names by their stems in Russian, English and German, to month numbers.</summary>
    private static readonly (string Stem, int Month)[] Months =
    [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("мая", 5), ("май", 5), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("januar", 1), ("februar", 2), ("märz", 3), ("mai", 5), ("juni", 6), ("juli", 7), ("oktober", 10), ("dezember", 12),
    ];

    /// <summary>The anchors of <paramref name="paragraph"/>: "#1954" for numbers, "@12" for months, "n:khru" for names.</summary>
    public static HashSet<string> Of(string paragraph, string? language)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        var sentenceStart = true;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (char.IsDigit(c))
            {
                var start = i;
                while (i < paragraph.Length && char.IsDigit(paragraph[i]))
                {
                    i++;
                }
                var digits = paragraph[start..i].TrimStart('0');
                anchors.Add("#" + (digits.Length == 0 ? "0" : digits));
                sentenceStart = false;
                continue;
            }
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < paragraph.Length && (char.IsLetter(paragraph[i]) || paragraph[i] == '-' || paragraph[i] == '\u0301'))
                {
                    i++;
                }
                AddWord(anchors, paragraph[start..i], language, sentenceStart);
                sentenceStart = false;
                continue;
            }
            if (c is '.' or '!' or '?' or '\n' or ':')
            {
                sentenceStart = true;
            }
            i++;
        }
        return anchors;
    }

    private static void AddWord(HashSet<string> anchors, string word, string? language, bool sentenceStart)
    {
        var lower = word.ToLowerInvariant();
        foreach (var (stem, month) in Months)
        {
            if (lower.StartsWith(stem, StringComparison.Ordinal) && lower.Length <= stem.Length + 3)
            {
                anchors.Add("@" + month.ToString(CultureInfo.InvariantCulture));
                return;
            }
        }
        // A capital at a sentence start says nothing; inside a sentence it marks a name (or a German noun,
        // which simply finds no partner on the other side).
        if (sentenceStart || word.Length < NamePrefix || !char.IsUpper(word[0]) || IsShouting(word))
        {
            return;
        }
        var folded = Romanizer.FoldedLatin(word, language);
        if (folded.Length >= NamePrefix)
        {
            anchors.Add("n:" + folded[..NamePrefix]);
        }
    }

    /// <summary>Words in capitals are headings and salutations, not names.</summary>
    private static bool IsShouting(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
