using Dossier.Core.Search;
using Dossier.Search.Querying;

namespace Dossier.Search.Snippets;

/// <summary>
/// Chooses a layer's passage for a snippet from the matches found in the hit's term vectors (no text is analysed
/// again): the window of <see cref="PassageLength"/> characters holding most of the query's distinct words, then most
/// matches, then the closest kind of match; a match on a short line of its own (a signature, a heading, an address
/// line: fewer than <see cref="ShortLineWords"/> words) counts less than one in running text, so "N. KHRUSHCHEV" under
/// a letter gives way to the sentence that speaks of him.
/// </summary>
internal static class Passages
{
    private const int PassageLength = 200;
    private const int LeadIn = 60;
    private const int ShortLineWords = 6;
    private const int ShortLinePenalty = 50;

    public static (Snippet Snippet, int Score) Best(StoredLayer layer, List<LayerMatch> matches)
    {
        // Sliding window over the matches in order: most distinct words first, then most matches, then the best kind.
        var bestStart = 0;
        var bestScore = int.MinValue;
        var perWord = new Dictionary<int, int>();
        var kinds = new int[Enum.GetValues<MatchKind>().Length];
        var end = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            if (end <= i)
            {
                // A token longer than a passage left the window empty.
                end = i;
                perWord.Clear();
                Array.Clear(kinds);
            }
            while (end < matches.Count && matches[end].End <= matches[i].Start + PassageLength)
            {
                perWord[matches[end].Word] = perWord.GetValueOrDefault(matches[end].Word) + 1;
                kinds[(int)matches[end].Kind]++;
                end++;
            }
            var count = end - i;
            var bestKind = Array.FindIndex(kinds, k => k > 0);
            var score = (perWord.Count * 100) + Math.Min(count, 9) - (Math.Max(bestKind, 0) * 10) - (IsShortLine(layer, matches[i].Start) ? ShortLinePenalty : 0);
            if (score > bestScore)
            {
                bestScore = score;
                bestStart = i;
            }
            if (end > i)
            {
                var word = matches[i].Word;
                if (--perWord[word] == 0)
                {
                    perWord.Remove(word);
                }
                kinds[(int)matches[i].Kind]--;
            }
        }
        // Offsets are the layer's; the text held may begin further on (StoredLayer.Offset), but holds every match and
        // LayerSlices.ReadAround characters on either side.
        var first = matches[bestStart];
        var from = Math.Max(layer.Offset, first.Start - LeadIn);
        while (from > layer.Offset && from < first.Start && !char.IsWhiteSpace(layer.At(from - 1)))
        {
            from++;
        }
        var to = Math.Min(layer.End, from + PassageLength);
        while (to < layer.End && to > first.End && !char.IsWhiteSpace(layer.At(to)))
        {
            to--;
        }
        // The matches come by start. One within a longer one (America within "Latin America", a place's name of several
        // words) is marked once, by the longer.
        var highlights = new List<Highlight>();
        var marked = from;
        foreach (var match in matches)
        {
            if (match.Start < from || match.End > to)
            {
                continue;
            }
            if (match.Start >= marked || highlights.Count == 0)
            {
                highlights.Add(new Highlight(match.Start - from, match.End - match.Start));
                marked = match.End;
            }
            else if (match.Start - from == highlights[^1].Start && match.End > marked)
            {
                highlights[^1] = new Highlight(match.Start - from, match.End - match.Start);
                marked = match.End;
            }
        }
        var passage = string.Create(to - from, (Layer: layer, From: from), static (span, state) =>
        {
            state.Layer.CopyTo(state.From, span);
            for (var i = 0; i < span.Length; i++)
            {
                if (char.IsControl(span[i]))
                {
                    span[i] = ' ';
                }
            }
        });
        return (new Snippet { Layer = layer.Kind, Lang = layer.Lang, LayerIndex = layer.Index, InNotes = layer.Notes, Text = passage, Highlights = highlights }, bestScore);
    }

    /// <summary>True when the line holding <paramref name="at"/> (an offset of the layer) has fewer than <see cref="ShortLineWords"/> words.</summary>
    internal static bool IsShortLine(StoredLayer layer, int at)
    {
        var end = layer.LineEnd(Math.Min(at, layer.End));
        var words = 0;
        var inWord = false;
        for (var i = layer.LineStart(at); i < end && words < ShortLineWords;)
        {
            var piece = layer.Piece(i, end);
            for (var k = 0; k < piece.Length && words < ShortLineWords; k++)
            {
                var letter = char.IsLetterOrDigit(piece[k]);
                if (letter && !inWord)
                {
                    words++;
                }
                inWord = letter;
            }
            i += piece.Length;
        }
        return words < ShortLineWords;
    }
}
