using Dossier.Core.Languages;

namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>
/// Groups body blocks into text layers by language: each paragraph long enough to judge is identified,
/// short runs of another language between or beside long runs of one language in the same script are
/// taken as noise (an OCR paragraph that reads as a neighbouring Turkic language), and a new layer
/// begins where the language changes. Stamps, numbers and debris stay with the layer they stand in.
/// </summary>
internal static class LayerSegmenter
{
    private const int MinimumLetters = 40;
    private const double WeakShare = 0.3;

    public static List<(string Lang, List<BodyBlock> Blocks)> Segment(List<BodyBlock> blocks, LanguageIdentifier identifier)
    {
        foreach (var block in blocks.Where(b => b.Kind == BodyBlockKind.Text && b.Letters >= MinimumLetters))
        {
            var guess = identifier.Identify(LanguageSample.Of(string.Join('\n', block.Lines)));
            block.Lang = guess.IsUndetermined ? null : guess.Tag;
        }
        var runs = Runs(blocks);
        // Joined before smoothing too, so that a garbled OCR opening is not swallowed by the long run before it.
        JoinProfileRuns(blocks, runs, identifier);
        Smooth(runs);
        JoinProfileRuns(blocks, runs, identifier);
        PullShortOpenings(blocks, runs, identifier);

        if (runs.Count == 0)
        {
            return blocks.Count == 0 ? [] : [("und", blocks)];
        }
        var layers = runs.Select(r => (r.Lang, Blocks: new List<BodyBlock>())).ToList();
        var runIndex = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            while (runIndex < runs.Count - 1 && runs[runIndex + 1].First <= i)
            {
                runIndex++;
            }
            layers[runIndex].Blocks.Add(blocks[i]);
        }
        return layers;
    }

    private sealed class Run(string lang, int first, int letters)
    {
        public string Lang { get; set; } = lang;

        public int First { get; set; } = first;

        public int Letters { get; set; } = letters;
    }

    private static List<Run> Runs(List<BodyBlock> blocks)
    {
        var runs = new List<Run>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Lang is null)
            {
                continue;
            }
            if (runs.Count > 0 && string.Equals(runs[^1].Lang, block.Lang, StringComparison.Ordinal))
            {
                runs[^1].Letters += block.Letters;
            }
            else
            {
                runs.Add(new Run(block.Lang, runs.Count == 0 ? 0 : i, block.Letters));
            }
        }
        return runs;
    }

    private static void Smooth(List<Run> runs)
    {
        while (true)
        {
            var weakest = -1;
            for (var i = 0; i < runs.Count; i++)
            {
                var neighbour = StrongestNeighbour(runs, i);
                if (neighbour >= 0 && runs[i].Letters < runs[neighbour].Letters * WeakShare
                    && (weakest < 0 || runs[i].Letters < runs[weakest].Letters))
                {
                    weakest = i;
                }
            }
            if (weakest < 0)
            {
                return;
            }
            var into = StrongestNeighbour(runs, weakest);
            runs[into].Letters += runs[weakest].Letters;
            runs[into].First = Math.Min(runs[into].First, runs[weakest].First);
            runs.RemoveAt(weakest);
            for (var i = runs.Count - 1; i > 0; i--)
            {
                if (string.Equals(runs[i].Lang, runs[i - 1].Lang, StringComparison.Ordinal))
                {
                    runs[i - 1].Letters += runs[i].Letters;
                    runs.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>
    /// Two neighbouring runs in languages only the n-gram profiles decide (Azerbaijani and Uzbek in Cyrillic, say)
    /// are identified again from both texts together; when that gives one of the two, they become one run. Such
    /// runs are mostly one garbled OCR text whose paragraphs lean different ways, and the whole says more.
    /// </summary>
    private static void JoinProfileRuns(List<BodyBlock> blocks, List<Run> runs, LanguageIdentifier identifier)
    {
        for (var r = 0; r + 1 < runs.Count;)
        {
            var (a, b) = (runs[r], runs[r + 1]);
            if (!SameScript(a.Lang, b.Lang) || !LanguageIdentifier.IsDecidedByProfiles(a.Lang) || !LanguageIdentifier.IsDecidedByProfiles(b.Lang))
            {
                r++;
                continue;
            }
            var end = r + 2 < runs.Count ? runs[r + 2].First : blocks.Count;
            var joined = identifier.Identify(LanguageSample.Of(TextOf(blocks, a.First, b.First)) + "\n\n" + LanguageSample.Of(TextOf(blocks, b.First, end))).Tag;
            if (!string.Equals(joined, a.Lang, StringComparison.Ordinal) && !string.Equals(joined, b.Lang, StringComparison.Ordinal))
            {
                r++;
                continue;
            }
            a.Lang = joined;
            a.Letters += b.Letters;
            runs.RemoveAt(r + 1);
            r = Math.Max(0, r - 1);
        }
    }

    private static string TextOf(List<BodyBlock> blocks, int from, int to) =>
        string.Join("\n\n", blocks.Skip(from).Take(to - from).Where(b => b.Kind == BodyBlockKind.Text).Select(b => string.Join('\n', b.Lines)));

    /// <summary>
    /// A salutation or heading too short to judge ("Dear editors!") opens the layer after it when it is in
    /// that layer's script and not the previous one's, or reads as that layer's language.
    /// </summary>
    private static void PullShortOpenings(List<BodyBlock> blocks, List<Run> runs, LanguageIdentifier identifier)
    {
        for (var r = 1; r < runs.Count; r++)
        {
            var previous = runs[r - 1].Lang;
            var next = runs[r].Lang;
            var i = runs[r].First - 1;
            while (i > runs[r - 1].First && blocks[i].Kind == BodyBlockKind.Text && blocks[i].Lang is null)
            {
                var text = string.Join('\n', blocks[i].Lines);
                var script = ScriptOfText(text);
                var guess = identifier.Identify(LanguageSample.Of(text));
                var belongs = (script == LanguageScript.Of(next) && script != LanguageScript.Of(previous))
                    || (script == LanguageScript.Of(next) && string.Equals(guess.Tag, next, StringComparison.Ordinal));
                if (!belongs)
                {
                    break;
                }
                runs[r].First = i;
                i--;
            }
        }
    }

    private static string ScriptOfText(string text)
    {
        var latin = text.Count(c => char.IsLetter(c) && c <= '\u024F');
        var cyrillic = text.Count(c => c is >= '\u0400' and <= '\u052F');
        var arabic = text.Count(c => c is >= '\u0600' and <= '\u06FF');
        return arabic > latin && arabic > cyrillic ? "Arab" : cyrillic > latin ? "Cyrl" : "Latn";
    }

    private static int StrongestNeighbour(List<Run> runs, int i)
    {
        var before = i > 0 && SameScript(runs[i].Lang, runs[i - 1].Lang) ? i - 1 : -1;
        var after = i < runs.Count - 1 && SameScript(runs[i].Lang, runs[i + 1].Lang) ? i + 1 : -1;
        if (before < 0)
        {
            return after;
        }
        if (after < 0)
        {
            return before;
        }
        return runs[before].Letters >= runs[after].Letters ? before : after;
    }

    private static bool SameScript(string a, string b) => LanguageScript.Of(a) == LanguageScript.Of(b);
}
