namespace Dossier.Core.Languages;

/// <summary>
/// Scores Cyrillic text against each <see cref="CyrillicProfile"/>: letters the language adds to Russian
/// count for it, letters it lacks count against it, and its function words and endings add up.
/// Off-the-shelf detectors call Azerbaijani Cyrillic and its OCR garble "Mongolian"; this one knows it.
/// </summary>
internal static class CyrillicScorer
{
    private const double ExtraLetter = 3.0;
    private const double WeakExtraShare = 40.0;
    private const double ForeignLetter = 4.0;
    private const double MissingLetter = 1.0;
    private const double Word = 2.0;
    private const double Suffix = 0.6;
    private const double Temperature = 3.0;
    private const double DoubleVowel = 1.5;

    public static LanguageGuess Identify(string text)
    {
        var lower = text.ToLowerInvariant();
        var tokens = Tokenize(lower);
        if (tokens.Count == 0)
        {
            return LanguageGuess.Undetermined;
        }
        var letterCounts = new Dictionary<char, int>();
        var letters = 0;
        foreach (var c in lower)
        {
            if (ScriptCounter.Classify(c) == WritingScript.Cyrl || c is '\'' or '’')
            {
                letterCounts[c] = letterCounts.GetValueOrDefault(c) + 1;
                letters++;
            }
        }
        if (letters < 3)
        {
            return LanguageGuess.Undetermined;
        }

        var scores = new double[CyrillicProfiles.All.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = Score(CyrillicProfiles.All[i], tokens, letterCounts, letters);
        }
        return Decide(scores);
    }

    private static double Score(CyrillicProfile profile, List<string> tokens, Dictionary<char, int> letterCounts, int letters)
    {
        var score = 0.0;
        foreach (var (c, count) in letterCounts)
        {
            if (profile.Extra.Contains(c))
            {
                score += ExtraLetter * count;
            }
            else if (!profile.Knows(c))
            {
                score -= (CyrillicProfile.RussianAlphabet.Contains(c, StringComparison.Ordinal) ? MissingLetter : ForeignLetter) * count;
            }
        }
        if (profile.WeakExtra.Count > 0)
        {
            // A letter Russian rarely uses (э) standing for one it lacks (ә): its share inside words is the
            // evidence, since Russian and the other Turkic languages write э at the start of a word.
            var share = InnerCount(tokens, profile.WeakExtra) / (double)letters;
            score += WeakExtraShare * Math.Max(0, share - 0.004) * tokens.Count;
        }
        if (profile.DoubleVowels)
        {
            score += DoubleVowel * tokens.Sum(CountDoubleVowels);
        }
        foreach (var token in tokens)
        {
            if (profile.Words.Contains(token))
            {
                score += Word;
            }
            else if (token.Length >= 4 && profile.Suffixes.Any(s => token.EndsWith(s, StringComparison.Ordinal) && token.Length > s.Length + 1))
            {
                score += Suffix;
            }
        }
        return score / tokens.Count;
    }

    private static LanguageGuess Decide(double[] scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        if (scores[best] <= 0.05)
        {
            return LanguageGuess.Undetermined;
        }
        var sum = 0.0;
        foreach (var s in scores)
        {
            sum += Math.Exp(Temperature * (s - scores[best]));
        }
        return new LanguageGuess(CyrillicProfiles.All[best].Tag, Math.Round(1 / sum, 3));
    }

    private static int InnerCount(List<string> tokens, HashSet<char> letters)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            for (var i = 1; i < token.Length; i++)
            {
                if (letters.Contains(token[i]) && token[i - 1] != token[i])
                {
                    count++;
                }
            }
        }
        return count;
    }

    private static int CountDoubleVowels(string token)
    {
        var count = 0;
        for (var i = 1; i < token.Length; i++)
        {
            if (token[i] == token[i - 1] && "ауыэөү".Contains(token[i], StringComparison.Ordinal))
            {
                count++;
            }
        }
        return count;
    }

    internal static List<string> Tokenize(string lower)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= lower.Length; i++)
        {
            var inWord = i < lower.Length && (char.IsLetter(lower[i]) || (start >= 0 && (lower[i] is '\'' or '’' or '-') && i + 1 < lower.Length && char.IsLetter(lower[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                tokens.Add(lower[start..i]);
                start = -1;
            }
        }
        return tokens;
    }
}
