namespace Dossier.Core.Languages;

/// <summary>Counts letters per script (ISO 15924) to find the script a text is mostly written in.</summary>
internal static class ScriptCounter
{
    public static WritingScript Classify(char c)
    {
        if (!char.IsLetter(c))
        {
            return WritingScript.None;
        }
        return c switch
        {
            <= '\u024F' => WritingScript.Latn,
            >= '\u1E00' and <= '\u1EFF' => WritingScript.Latn,
            >= '\u0400' and <= '\u052F' => WritingScript.Cyrl,
            >= '\u0600' and <= '\u06FF' => WritingScript.Arab,
            >= '\u0750' and <= '\u077F' => WritingScript.Arab,
            >= '\uFB50' and <= '\uFEFF' => WritingScript.Arab,
            _ => WritingScript.Other,
        };
    }

    /// <summary>The dominant script and how many letters the text has.</summary>
    public static (WritingScript Script, int Letters, double Share) Dominant(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[5];
        var letters = 0;
        foreach (var c in text)
        {
            var script = Classify(c);
            if (script != WritingScript.None)
            {
                counts[(int)script]++;
                letters++;
            }
        }
        var best = WritingScript.None;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best == WritingScript.None || counts[i] > counts[(int)best]))
            {
                best = (WritingScript)i;
            }
        }
        return (best, letters, letters == 0 ? 0 : counts[(int)best] / (double)letters);
    }
}
