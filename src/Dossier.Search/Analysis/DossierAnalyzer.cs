using Lucene.Net.Analysis;

namespace Dossier.Search.Analysis;

/// <summary>
/// The per-field analysis chains for text of one language. Every chain starts with <see cref="WordTokenizer"/>
/// and <see cref="NormalizationFilter"/>; then by field:
/// <c>text</c>/<c>title</c> nothing more; <c>stem.en</c> English possessive + Porter; <c>stem.ru</c>
/// <see cref="RussianStemFilter"/>; <c>stem.az</c> <see cref="AzerbaijaniStemFilter"/>; <c>stem.other</c> nothing
/// more (unstemmed, so a query without a language still meets it); <c>latn</c> <see cref="LatinFoldFilter"/>;
/// <c>key</c> <see cref="LatinFoldFilter"/> + <see cref="PhoneticKeyFilter"/>; <c>ocr</c>
/// <see cref="LatinFoldFilter"/> (without stacked stems) + <see cref="OcrGramFilter"/>; <c>latn</c> as the index writes it
/// (<see cref="SearchFields.LatinAsIndexed"/>): only the tokens the folding changes; <c>stem.en</c> as the index writes it
/// (<see cref="SearchFields.StemAsIndexed"/>): without the function words and numbers that are their own stems. Unknown fields get the <c>text</c> chain.
/// </summary>
internal sealed class DossierAnalyzer : Analyzer
{
    private readonly AnalysisLanguage _language;

    public DossierAnalyzer(AnalysisLanguage language)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _language = language;
    }

    /// <summary>Several values of one field (pages of a layer) must not make phrases that span them.</summary>
    public override int GetPositionIncrementGap(string fieldName) => 100;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new WordTokenizer(reader);
        TokenStream sink = new NormalizationFilter(source, _language.IsTurkic());
        switch (fieldName)
        {
            case SearchFields.EnglishStem:
                sink = EnglishStems.Chain(sink);
                break;
            case SearchFields.StemAsIndexed:
                sink = EnglishStems.AsIndexed(sink);
                break;
            case "stem.ru":
                sink = new RussianStemFilter(sink);
                break;
            case "stem.az":
                sink = new AzerbaijaniStemFilter(sink);
                break;
            case SearchFields.Latin:
                sink = new LatinFoldFilter(sink, _language);
                break;
            case SearchFields.LatinAsIndexed:
                sink = new LatinFoldFilter(sink, _language, onlyWhereChanged: true);
                break;
            case SearchFields.Key:
                sink = new PhoneticKeyFilter(new LatinFoldFilter(sink, _language));
                break;
            case SearchFields.Ocr:
                sink = new OcrGramFilter(new LatinFoldFilter(sink, _language, stackNameStems: false));
                break;
        }

        return new TokenStreamComponents(source, sink);
    }
}
