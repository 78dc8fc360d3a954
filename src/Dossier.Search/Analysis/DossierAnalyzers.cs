using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Analysis;

/// <summary>
/// The analyzers of the index and the query side. Index a layer's fields with <see cref="For(string?)"/> of the
/// layer's language (it matters for <c>stem.*</c>, Turkic casing and the Azerbaijani alphabet), e.g.
/// <c>writer.AddDocument(doc, DossierAnalyzers.For(layer.Language))</c>; run query words through the same
/// analyzer with <see cref="Terms(string, string, string?)"/> or <see cref="Forms(string, string?)"/>.
/// Analyzers are thread-safe and cached; do not dispose them.
/// </summary>
public static class DossierAnalyzers
{
    private static readonly Analyzer[] Analyzers = Enum.GetValues<AnalysisLanguage>()
        .Select(l => (Analyzer)new DossierAnalyzer(l))
        .ToArray();

    /// <summary>The per-field analyzer for text of no particular language (<c>stem.other</c>, no Turkic casing).</summary>
    public static Analyzer Index => Analyzers[(int)AnalysisLanguage.Other];

    /// <summary>The per-field analyzer for text in <paramref name="language"/> (a BCP-47 tag such as "ru", "az-Cyrl", "en-US").</summary>
    public static Analyzer For(string? language) => Analyzers[(int)AnalysisLanguages.Of(language)];

    /// <summary>The stem field for a BCP-47 tag: "stem.en", "stem.ru", "stem.az" or "stem.other".</summary>
    public static string StemField(string? language) => SearchFields.Stem(AnalysisLanguages.Of(language).StemFieldSuffix());

    /// <summary>The stem fields that exist.</summary>
    public static IReadOnlyList<string> StemFields { get; } = ["stem.en", "stem.ru", "stem.az", "stem.other"];

    /// <summary>The terms <paramref name="text"/> gives in <paramref name="field"/>, in order (stacked terms included).</summary>
    public static IReadOnlyList<string> Terms(string field, string text, string? language = null) =>
        Tokens(field, text, language).Select(t => t.Term).ToList();

    /// <summary>The tokens with positions (0-based; stacked tokens share one) and offsets, for phrase building and tests.</summary>
    public static IReadOnlyList<AnalyzedToken> Tokens(string field, string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<AnalyzedToken>();
        using var stream = For(language).GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var posInc = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += posInc.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), position, offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    /// <summary>What <paramref name="word"/> becomes in every field (for query building and "why it matched").</summary>
    public static WordForms Forms(string word, string? language = null)
    {
        var stemField = StemField(language);
        return new WordForms(
            word,
            ScriptOf(word),
            Terms(SearchFields.Exact, word, language),
            stemField,
            Terms(stemField, word, language),
            Terms(SearchFields.Latin, word, language),
            Terms(SearchFields.Key, word, language));
    }

    /// <summary>
    /// Why <paramref name="matched"/> (a word found in a document) answers <paramref name="query"/>, in words:
    /// "same word", "form of …", "Cyrillic spelling of …", "spelling variant of …"; null if no field links them.
    /// </summary>
    public static string? ExplainMatch(string query, string? queryLanguage, string matched, string? matchedLanguage)
    {
        var q = Forms(query, queryLanguage);
        var m = Forms(matched, matchedLanguage);
        if (q.Exact.Intersect(m.Exact, StringComparer.Ordinal).Any())
        {
            return "same word";
        }

        if (string.Equals(q.StemField, m.StemField, StringComparison.Ordinal) && q.Stems.Intersect(m.Stems, StringComparer.Ordinal).Any())
        {
            return $"form of {query}";
        }

        if (q.Latin.Intersect(m.Latin, StringComparer.Ordinal).Any())
        {
            return string.Equals(q.Script, m.Script, StringComparison.Ordinal)
                ? $"spelling of {query}"
                : $"{m.Script} spelling of {query}";
        }

        return q.Keys.Intersect(m.Keys, StringComparer.Ordinal).Any()
            ? $"spelling variant of {query}"
            : null;
    }

    /// <summary>The script of a word's first letter.</summary>
    public static string ScriptOf(string word)
    {
        foreach (var c in word ?? string.Empty)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            return c switch
            {
                < '\u0250' or (>= '\u1E00' and <= '\u1EFF') => "Latin",
                >= '\u0370' and <= '\u03FF' => "Greek",
                >= '\u0400' and <= '\u052F' => "Cyrillic",
                >= '\u0590' and <= '\u05FF' => "Hebrew",
                >= '\u0600' and <= '\u06FF' => "Arabic",
                _ => "Other",
            };
        }

        return "Other";
    }
}
