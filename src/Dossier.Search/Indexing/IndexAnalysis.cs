using Dossier.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Indexing;

/// <summary>
/// The index's one door to analysis (Dossier.Search.Analysis.DossierAnalyzers): each layer is analyzed in its
/// language, query words in every language a field needs.
/// </summary>
internal static class IndexAnalysis
{
    /// <summary>Languages an unknown-language query word is also romanized as, for latn and key.</summary>
    private static readonly string?[] QueryLanguages = [null, "ru", "az"];

    private static readonly string?[] QueryLanguagesButAzerbaijani = [null, "ru"];

    /// <summary>The stem fields but Azerbaijani's, for a word not read as Azerbaijani (<see cref="StemFieldsOf"/>).</summary>
    private static readonly string[] StemFieldsButAzerbaijani =
        [.. DossierAnalyzers.StemFields.Where(f => !string.Equals(f, SearchFields.Stem("az"), StringComparison.Ordinal))];

    /// <summary>
    /// The languages <paramref name="typed"/> (a query word, or a name the finders test) is romanized as, for latn and key.
    /// Text of plain Latin letters with a c is not read as Azerbaijani: Azerbaijani's c is j, and that made English
    /// words meet other words. McCarthy's skeleton read so was majority's, and 2,038 FRUS records were found for
    /// McCarthy, most for "majority"; "cam" found "jam". Text with a Cyrillic or Azerbaijani letter (Təbriz) is read so,
    /// and so is plain text without a c (Xezer meets Xəzər: its x is kh).
    /// </summary>
    public static string?[] QueryLanguagesOf(string typed)
    {
        foreach (var c in typed)
        {
            if (c >= 0x80)
            {
                return QueryLanguages;
            }
        }
        return typed.AsSpan().IndexOfAny('c', 'C') < 0 ? QueryLanguages : QueryLanguagesButAzerbaijani;
    }

    public static IReadOnlyList<string> StemFields => DossierAnalyzers.StemFields;

    /// <summary>
    /// The stem fields <paramref name="typed"/> (a query word, or a name the finders test) is stemmed for: Azerbaijani's
    /// only where it is read as Azerbaijani (<see cref="QueryLanguagesOf"/>). Its suffix stripper read China as chi, and
    /// the People finder gave Chi P'eng-fei and Ho Chi Minh for China.
    /// </summary>
    public static IReadOnlyList<string> StemFieldsOf(string typed) =>
        Array.IndexOf(QueryLanguagesOf(typed), "az") >= 0 ? StemFields : StemFieldsButAzerbaijani;

    /// <summary>The per-field analyzer for text in <paramref name="language"/>.</summary>
    public static Analyzer For(string? language) => DossierAnalyzers.For(language);

    /// <summary>The stem field for a layer's BCP-47 tag.</summary>
    public static string StemField(string? language) => DossierAnalyzers.StemField(language);

    /// <summary>The language a stem field's query words are analyzed as.</summary>
    public static string? LanguageOfStemField(string field) => field[SearchFields.StemPrefix.Length..] switch
    {
        "other" => null,
        var tag => tag,
    };

    public static string PrimaryTag(string lang)
    {
        var dash = lang.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? lang : lang[..dash]).ToLowerInvariant();
    }

    /// <summary>The field's tokens for <paramref name="text"/> in <paramref name="language"/>, in order.</summary>
    public static List<IndexToken> Tokens(string field, string text, string? language)
    {
        var tokens = new List<IndexToken>();
        AddTokens(tokens, field, text, language);
        return tokens;
    }

    /// <summary>Adds the field's tokens for <paramref name="text"/> in <paramref name="language"/> to <paramref name="tokens"/>, in order.</summary>
    public static int AddTokens(List<IndexToken> tokens, string field, string text, string? language) =>
        VisitTokens(field, text, language, tokens.Add);

    /// <summary>
    /// Hands the field's tokens for <paramref name="text"/> to <paramref name="visit"/>, in order, holding none of them;
    /// returns the final position increment (words left out after the last token).
    /// </summary>
    public static int VisitTokens(string field, string text, string? language, Action<IndexToken> visit)
    {
        using var stream = For(language).GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            visit(new IndexToken(term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset, IsCompound(type)));
        }
        stream.End();
        return position.PositionIncrement;
    }

    /// <summary>True for a hyphenated word's whole, whatever a later filter made of its term.</summary>
    public static bool IsCompound(ITypeAttribute type) => string.Equals(type.Type, WordTokenizer.CompoundType, StringComparison.Ordinal);

    public static List<string> Terms(string field, string text, string? language = null) =>
        Tokens(field, text, language).ConvertAll(t => t.Term);
}
