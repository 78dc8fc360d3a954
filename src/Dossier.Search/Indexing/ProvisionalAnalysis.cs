using System.Globalization;
using System.Text;
using Dossier.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// The analysis the index uses until the real analyzers (Dossier.Search.Analysis) land: the one place to swap.
/// Everything else reaches analysis only through this class, whose members mirror Dossier.Search.Analysis.DossierAnalyzers
/// (For, StemField, StemFields, Tokens, Terms).
/// </summary>
internal static class ProvisionalAnalysis
{
    /// <summary>Languages an unknown-language query word is also romanized as, for latn and key.</summary>
    public static readonly string?[] QueryLanguages = [null, "ru", "az"];

    private static readonly Analyzer Shared = new FieldAnalyzer();

    public static IReadOnlyList<string> StemFields { get; } = ["stem.en", "stem.ru", "stem.az", "stem.other"];

    /// <summary>The per-field analyzer for text in <paramref name="language"/>.</summary>
    public static Analyzer For(string? language) => Shared;

    /// <summary>The stem field for a layer's BCP-47 tag.</summary>
    public static string StemField(string? language)
    {
        var primary = PrimaryTag(language ?? "");
        return primary is "en" or "ru" or "az" ? SearchFields.Stem(primary) : SearchFields.Stem("other");
    }

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
        using var stream = For(language).GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new IndexToken(term.ToString(), position.PositionIncrement, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }

    public static List<string> Terms(string field, string text, string? language = null) =>
        Tokens(field, text, language).ConvertAll(t => t.Term);

    private sealed class FieldAnalyzer : Analyzer
    {
        public FieldAnalyzer()
            : base(PER_FIELD_REUSE_STRATEGY)
        {
        }

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new FoldFilter(new LowerCaseFilter(LuceneVersion.LUCENE_48, source));
            stream = fieldName switch
            {
                "stem.en" => new PorterStemFilter(stream),
                "stem.ru" => new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.RussianStemmer()),
                SearchFields.Latin or SearchFields.Ocr => new RomanizeFilter(stream, key: false),
                SearchFields.Key => new RomanizeFilter(stream, key: true),
                _ => stream,
            };
            return new TokenStreamComponents(source, stream);
        }
    }

    /// <summary>NFC, ё→е and combining marks dropped, so "Хрущёв" and "Хрущев" are one word.</summary>
    private sealed class FoldFilter : TokenFilter
    {
        private readonly ICharTermAttribute _term;

        public FoldFilter(TokenStream input)
            : base(input) => _term = AddAttribute<ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }
            var text = _term.ToString();
            var folded = text.Replace('ё', 'е').Normalize(NormalizationForm.FormC);
            if (!string.Equals(text, folded, StringComparison.Ordinal))
            {
                _term.SetEmpty().Append(folded);
            }
            return true;
        }
    }

    private sealed class RomanizeFilter : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _position;
        private readonly bool _key;

        public RomanizeFilter(TokenStream input, bool key)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
            _key = key;
        }

        public override bool IncrementToken()
        {
            var skipped = 0;
            while (m_input.IncrementToken())
            {
                var latin = Romanize(_term.ToString());
                var value = _key ? Key(latin) : latin;
                if (value.Length == 0)
                {
                    skipped += _position.PositionIncrement;
                    continue;
                }
                _term.SetEmpty().Append(value);
                _position.PositionIncrement += skipped;
                return true;
            }
            return false;
        }
    }

    public static string Romanize(string word)
    {
        var builder = new StringBuilder(word.Length + 4);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                'а' => "a",
                'б' => "b",
                'в' => "v",
                'г' => "g",
                'д' => "d",
                'е' => "e",
                'ё' => "e",
                'ж' => "zh",
                'з' => "z",
                'и' => "i",
                'й' => "y",
                'к' => "k",
                'л' => "l",
                'м' => "m",
                'н' => "n",
                'о' => "o",
                'п' => "p",
                'р' => "r",
                'с' => "s",
                'т' => "t",
                'у' => "u",
                'ф' => "f",
                'х' => "kh",
                'ц' => "ts",
                'ч' => "ch",
                'ш' => "sh",
                'щ' => "shch",
                'ъ' => "",
                'ы' => "y",
                'ь' => "",
                'э' => "e",
                'ю' => "yu",
                'я' => "ya",
                'ә' => "e",
                'ғ' => "gh",
                'ҹ' => "j",
                'ҝ' => "g",
                'һ' => "h",
                'ө' => "o",
                'ү' => "u",
                'ј' => "y",
                'і' => "i",
                'ə' => "e",
                'ş' => "sh",
                'ç' => "ch",
                'ğ' => "gh",
                'ı' => "i",
                'ß' => "ss",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>A consonant skeleton: digraphs folded to one letter, vowels and doubles dropped; empty for short words.</summary>
    public static string Key(string latin)
    {
        if (latin.Length < 5 || !latin.All(char.IsAsciiLetter))
        {
            return "";
        }
        var folded = latin
            .Replace("shch", "s", StringComparison.Ordinal).Replace("sch", "s", StringComparison.Ordinal)
            .Replace("sh", "s", StringComparison.Ordinal).Replace("zh", "z", StringComparison.Ordinal)
            .Replace("kh", "h", StringComparison.Ordinal).Replace("ch", "c", StringComparison.Ordinal)
            .Replace("ts", "c", StringComparison.Ordinal).Replace("tz", "c", StringComparison.Ordinal)
            .Replace('w', 'v').Replace('x', 'h').Replace('q', 'k');
        var key = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (i > 0 && "aeiouy".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }
            if (key.Length > 0 && key[^1] == c)
            {
                continue;
            }
            key.Append(c);
        }
        return key.Length >= 4 ? key.ToString() : "";
    }
}
