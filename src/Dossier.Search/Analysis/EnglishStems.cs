using System.Collections.Frozen;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Dossier.Search.Analysis;

/// <summary>
/// English stemming in one place: the possessive dropped, then Porter. The <c>stem.en</c> chain uses it, so does the
/// chain the index writes that field with (<see cref="AsIndexed"/>, which leaves the words of
/// <see cref="LeftToExactField"/> that stemming keeps to the exact field), and so does the test of a term the view reads
/// from the exact field instead (<see cref="Keeps"/>). Porter's rules read the term alone, never its neighbours, so a
/// word stemmed where it stands and a term stemmed on its own agree.
/// </summary>
internal static class EnglishStems
{
    /// <summary>
    /// English function words that are their own stems (articles, pronouns, prepositions, conjunctions, auxiliaries,
    /// determiners, a few adverbs), written from English grammar, not drawn from any corpus: a test checks that stemming
    /// keeps each.
    /// </summary>
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "the", "and", "for", "not", "but", "nor", "yet", "you", "your", "our", "them", "their", "she", "her", "him", "who", "whom",
        "whose", "which", "what", "that", "these", "those", "there", "here", "then", "than", "when", "where", "while", "whether",
        "how", "why", "all", "both", "each", "few", "more", "most", "much", "some", "such", "own", "same", "other", "either",
        "neither", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "had", "have", "been", "were", "would",
        "could", "should", "shall", "will", "might", "must", "can", "cannot", "did", "done", "about", "after", "again", "against",
        "among", "around", "behind", "below", "beneath", "between", "beyond", "down", "except", "from", "into", "near", "off",
        "onto", "out", "over", "through", "throughout", "till", "toward", "under", "until", "upon", "with", "within", "without",
        "also", "just", "even", "still", "too", "almost", "often", "never", "now", "soon", "ever", "per", "via",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    [ThreadStatic]
    private static Probe? _probe;

    /// <summary>The listed function words, for tests.</summary>
    public static IReadOnlyCollection<string> ListedFunctionWords => FunctionWords;

    /// <summary>The <c>stem.en</c> chain's filters after normalization.</summary>
    public static TokenStream Chain(TokenStream input) => new PorterStemFilter(new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, input));

    /// <summary>
    /// The chain as the index writes <c>stem.en</c> (<see cref="SearchFields.StemAsIndexed"/>): a word of
    /// <see cref="LeftToExactField"/> that stemming leaves as it is ("the", "of", "1955") is left out, its position kept,
    /// for the exact field holds the same term there.
    /// </summary>
    public static TokenStream AsIndexed(TokenStream input)
    {
        var before = new TermBeforeStemming(input);
        return new WordsLeftToExactFilter(Chain(before), before);
    }

    /// <summary>
    /// True for a term the index leaves to the exact field where stemming keeps it: one or two characters (Porter stems
    /// none), digits only, or a listed function word. These are nearly half of an English text's words (45 % of the 100
    /// FRUS volumes'), and another word's stem is seldom one of them. A content word ("trade") is written in the stem
    /// field even where it is its own stem: "trades" and "traded" are written there too, and a search would otherwise
    /// merge two long lists for one stem (phrase, name and heavy queries were 10–30 % slower at the median).
    /// </summary>
    public static bool LeftToExactField(ReadOnlySpan<char> term) =>
        term.Length <= 2 || !term.ContainsAnyExceptInRange('0', '9') || FunctionWordLookup.Contains(term);

    /// <summary>
    /// True when <paramref name="term"/> (a normalized term) is left to the exact field and stemming keeps it: what the
    /// view reads from the exact field as a stem. Digits and words of two characters are told by their letters (no rule
    /// of Porter's ends in a digit, and Porter stems no word of two characters; only a possessive could change one);
    /// the listed words are stemmed.
    /// </summary>
    public static bool StandsForItself(ReadOnlySpan<char> term)
    {
        if (!term.ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }
        if (term.Length <= 2)
        {
            return !term.Contains('\'') || Keeps(term);
        }
        return FunctionWordLookup.Contains(term) && Keeps(term);
    }

    /// <summary>True when English stemming leaves <paramref name="term"/> (a normalized term) as it is.</summary>
    public static bool Keeps(ReadOnlySpan<char> term) => (_probe ??= new Probe()).Keeps(term);

    /// <summary>Each token's term as it reaches the stemmer, kept for <see cref="WordsLeftToExactFilter"/> to compare with its stem.</summary>
    private sealed class TermBeforeStemming : TokenFilter
    {
        private readonly ICharTermAttribute _term;

        public TermBeforeStemming(TokenStream input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
        }

        public char[] Buffer { get; private set; } = new char[32];

        public int Length { get; private set; }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }
            if (Buffer.Length < _term.Length)
            {
                Buffer = new char[ArrayUtil.Oversize(_term.Length, sizeof(char))];
            }
            Array.Copy(_term.Buffer, Buffer, _term.Length);
            Length = _term.Length;
            return true;
        }
    }

    /// <summary>Leaves out the words left to the exact field that are their own stems; their positions go to the next token, or to the end.</summary>
    private sealed class WordsLeftToExactFilter : TokenFilter
    {
        private readonly TermBeforeStemming _before;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _position;
        private int _trailing;

        public WordsLeftToExactFilter(TokenStream input, TermBeforeStemming before)
            : base(input)
        {
            _before = before;
            _term = AddAttribute<ICharTermAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            var skipped = 0;
            while (m_input.IncrementToken())
            {
                var before = new ReadOnlySpan<char>(_before.Buffer, 0, _before.Length);
                if (new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length).SequenceEqual(before) && LeftToExactField(before))
                {
                    skipped += _position.PositionIncrement;
                    continue;
                }
                _position.PositionIncrement += skipped;
                return true;
            }
            _trailing = skipped;
            return false;
        }

        /// <summary>Words left out at the end still count as positions, so the next instance of the field starts where the exact field's does.</summary>
        public override void End()
        {
            base.End();
            _position.PositionIncrement += _trailing;
        }

        public override void Reset()
        {
            base.Reset();
            _trailing = 0;
        }
    }

    /// <summary>The stem chain over one term at a time, for one thread.</summary>
    private sealed class Probe
    {
        private readonly OneTerm _source = new();
        private readonly TokenStream _chain;
        private readonly ICharTermAttribute _stem;

        public Probe()
        {
            _chain = Chain(_source);
            _stem = _chain.GetAttribute<ICharTermAttribute>();
        }

        public bool Keeps(ReadOnlySpan<char> term)
        {
            _source.Set(term);
            _chain.Reset();
            var kept = _chain.IncrementToken() && new ReadOnlySpan<char>(_stem.Buffer, 0, _stem.Length).SequenceEqual(term);
            _chain.End();
            return kept;
        }
    }

    /// <summary>A stream of one token, the term given.</summary>
    private sealed class OneTerm : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private char[] _text = new char[32];
        private int _length;
        private bool _given;

        public OneTerm()
        {
            _term = AddAttribute<ICharTermAttribute>();
            AddAttribute<IPositionIncrementAttribute>();
            AddAttribute<IKeywordAttribute>();
        }

        public void Set(ReadOnlySpan<char> term)
        {
            if (_text.Length < term.Length)
            {
                _text = new char[ArrayUtil.Oversize(term.Length, sizeof(char))];
            }
            term.CopyTo(_text);
            _length = term.Length;
        }

        public override void Reset()
        {
            base.Reset();
            _given = false;
        }

        public override bool IncrementToken()
        {
            if (_given)
            {
                return false;
            }
            ClearAttributes();
            _term.CopyBuffer(_text, 0, _length);
            _given = true;
            return true;
        }
    }
}
