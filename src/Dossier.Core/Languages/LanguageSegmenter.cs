namespace Dossier.Core.Languages;

/// <summary>Finds runs of one language in a text, paragraph by paragraph.</summary>
internal static class LanguageSegmenter
{
    /// <summary>Paragraphs with fewer letters say too little on their own and follow their neighbours.</summary>
    private const int MinimumLetters = 40;
    private const double WeakShare = 0.3;

    public static IReadOnlyList<LanguageSegment> Segment(LanguageIdentifier identifier, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = Paragraphs(text);
        var guesses = new LanguageGuess?[paragraphs.Count];
        var letters = new int[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (start, length) = paragraphs[i];
            var span = text.Substring(start, length);
            letters[i] = ScriptCounter.Dominant(span).Letters;
            if (letters[i] >= MinimumLetters)
            {
                var guess = identifier.Identify(span);
                guesses[i] = guess.IsUndetermined ? null : guess;
            }
        }
        FillGaps(guesses);
        JoinProfileRuns(identifier, text, paragraphs, guesses);
        Smooth(guesses, letters);
        JoinProfileRuns(identifier, text, paragraphs, guesses);

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

    /// <summary>
    /// A short run in another language of the same script beside a long run is taken as noise (an OCR
    /// paragraph that reads as a neighbouring Turkic language) and joins its stronger neighbour.
    /// </summary>
    private static void Smooth(LanguageGuess?[] guesses, int[] letters)
    {
        while (true)
        {
            var runs = new List<(int First, int Last, int Letters)>();
            for (var i = 0; i < guesses.Length; i++)
            {
                if (runs.Count > 0 && Equals(guesses[runs[^1].First]?.Tag, guesses[i]?.Tag))
                {
                    runs[^1] = (runs[^1].First, i, runs[^1].Letters + letters[i]);
                }
                else
                {
                    runs.Add((i, i, letters[i]));
                }
            }
            var weakest = -1;
            var into = -1;
            for (var r = 0; r < runs.Count; r++)
            {
                var neighbour = -1;
                foreach (var n in new[] { r - 1, r + 1 })
                {
                    if (n >= 0 && n < runs.Count && SameScript(guesses[runs[r].First], guesses[runs[n].First])
                        && (neighbour < 0 || runs[n].Letters > runs[neighbour].Letters))
                    {
                        neighbour = n;
                    }
                }
                if (neighbour >= 0 && runs[r].Letters < runs[neighbour].Letters * WeakShare && (weakest < 0 || runs[r].Letters < runs[weakest].Letters))
                {
                    weakest = r;
                    into = neighbour;
                }
            }
            if (weakest < 0)
            {
                return;
            }
            for (var i = runs[weakest].First; i <= runs[weakest].Last; i++)
            {
                guesses[i] = guesses[runs[into].First];
            }
        }
    }

    /// <summary>
    /// Two neighbouring runs that only the n-gram profiles decided (languages Lingua lacks, such as Azerbaijani and
    /// Uzbek in Cyrillic) are identified again together; when the joined text is one of the two, both take it.
    /// Such runs are mostly one garbled text whose paragraphs lean different ways, and the whole says more.
    /// </summary>
    private static void JoinProfileRuns(LanguageIdentifier identifier, string text, List<(int Start, int Length)> paragraphs, LanguageGuess?[] guesses)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            var runs = Runs(guesses);
            for (var r = 0; r + 1 < runs.Count && !changed; r++)
            {
                var (a, b) = (guesses[runs[r].First], guesses[runs[r + 1].First]);
                if (a is null || b is null || !SameScript(a, b) || !LanguageIdentifier.IsDecidedByProfiles(a.Value.Tag) || !LanguageIdentifier.IsDecidedByProfiles(b.Value.Tag))
                {
                    continue;
                }
                var start = paragraphs[runs[r].First].Start;
                var last = paragraphs[runs[r + 1].Last];
                var joined = identifier.Identify(text[start..(last.Start + last.Length)]);
                if (string.Equals(joined.Tag, a.Value.Tag, StringComparison.Ordinal) || string.Equals(joined.Tag, b.Value.Tag, StringComparison.Ordinal))
                {
                    for (var i = runs[r].First; i <= runs[r + 1].Last; i++)
                    {
                        guesses[i] = joined;
                    }
                    changed = true;
                }
            }
        }
    }

    private static List<(int First, int Last)> Runs(LanguageGuess?[] guesses)
    {
        var runs = new List<(int First, int Last)>();
        for (var i = 0; i < guesses.Length; i++)
        {
            if (runs.Count > 0 && Equals(guesses[runs[^1].First]?.Tag, guesses[i]?.Tag))
            {
                runs[^1] = (runs[^1].First, i);
            }
            else
            {
                runs.Add((i, i));
            }
        }
        return runs;
    }

    private static bool SameScript(LanguageGuess? a, LanguageGuess? b) =>
        a is not null && b is not null && LanguageScript.Of(a.Value.Tag) == LanguageScript.Of(b.Value.Tag);

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
