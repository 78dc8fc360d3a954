using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Dossier.Search.Analysis;

/// <summary>
/// English stemming in one place: the possessive dropped, then Porter. The <c>stem.en</c> chain uses it, so does the
/// chain the index writes that field with (<see cref="ChangedOnly"/>, only the stems that differ from the word), and so
/// does the test of a term the view reads from the exact field instead (<see cref="Keeps"/>). Porter's rules read the
/// term alone, never its neighbours, so a word stemmed where it stands and a term stemmed on its own agree.
/// </summary>
internal static class EnglishStems
{
    [ThreadStatic]
    private static Probe? _probe;

    /// <summary>The <c>stem.en</c> chain's filters after normalization.</summary>
    public static TokenStream Chain(TokenStream input) => new PorterStemFilter(new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, input));

    /// <summary>
    /// The chain as the index writes <c>stem.en</c> (<see cref="SearchFields.StemAsIndexed"/>): a word its stem leaves
    /// as it is ("trade", "the") is left out, its position kept, for the exact field holds the same term there.
    /// </summary>
    public static TokenStream ChangedOnly(TokenStream input)
    {
        var before = new TermBeforeStemming(input);
        return new ChangedStemsFilter(Chain(before), before);
    }

    /// <summary>True when English stemming leaves <paramref name="term"/> (a normalized term) as it is.</summary>
    public static bool Keeps(ReadOnlySpan<char> term) => (_probe ??= new Probe()).Keeps(term);

    /// <summary>Each token's term as it reaches the stemmer, kept for <see cref="ChangedStemsFilter"/> to compare with its stem.</summary>
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

    /// <summary>Passes on only the tokens whose stem differs from the word; the others' positions go to the next token, or to the end.</summary>
    private sealed class ChangedStemsFilter : TokenFilter
    {
        private readonly TermBeforeStemming _before;
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _position;
        private int _trailing;

        public ChangedStemsFilter(TokenStream input, TermBeforeStemming before)
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
                if (new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length).SequenceEqual(new ReadOnlySpan<char>(_before.Buffer, 0, _before.Length)))
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
