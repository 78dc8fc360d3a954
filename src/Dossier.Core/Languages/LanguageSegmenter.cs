namespace Dossier.Core.Languages;

/// <summary>Finds runs of one language in a text, paragraph by paragraph.</summary>
internal static class LanguageSegmenter
{
    /// <summary>Paragraphs with fewer letters say too little on their own and follow their neighbours.</summary>
    private const int MinimumLetters = 40;

    public static IReadOnlyList<LanguageSegment> Segment(LanguageIdentifier identifier, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = Paragraphs(text);
        var guesses = new LanguageGuess?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (start, length) = paragraphs[i];
            var span = text.Substring(start, length);
            if (ScriptCounter.Dominant(span).Letters >= MinimumLetters)
            {
                var guess = identifier.Identify(span);
                guesses[i] = guess.IsUndetermined ? null : guess;
            }
        }
        FillGaps(guesses);

        var segments = new List<LanguageSegment>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var guess = guesses[i] ?? LanguageGuess.Undetermined;
            var (start, length) = paragraphs[i];
            if (segments.Count > 0 && string.Equals(segments[^1].Guess.Tag, guess.Tag, StringComparison.Ordinal))
            {
                var last = segments[^1];
                segments[^1] = last with
                {
                    Length = start + length - last.Start,
                    Guess = last.Guess with { Confidence = Math.Max(last.Guess.Confidence, guess.Confidence) },
                };
            }
            else
            {
                segments.Add(new LanguageSegment(start, length, guess));
            }
        }
        return segments;
    }

    private static void FillGaps(LanguageGuess?[] guesses)
    {
        LanguageGuess? previous = null;
        for (var i = 0; i < guesses.Length; i++)
        {
            if (guesses[i] is null)
            {
                guesses[i] = previous ?? NextKnown(guesses, i);
            }
            previous = guesses[i];
        }
    }

    private static LanguageGuess? NextKnown(LanguageGuess?[] guesses, int from)
    {
        for (var i = from + 1; i < guesses.Length; i++)
        {
            if (guesses[i] is not null)
            {
                return guesses[i];
            }
        }
        return null;
    }

    private static List<(int Start, int Length)> Paragraphs(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = text.Length;
            }
            if (end > start)
            {
                result.Add((start, end - start));
            }
            start = end + 2;
        }
        return result;
    }
}
