using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Dossier.Search.Analysis;

/// <summary>
/// The <c>ocr</c> chain's filter, after <see cref="LatinFoldFilter"/>: each folded token has the common OCR
/// confusions folded (rn→m, vv→w, 0→o, 1→l, 5→s inside words) and is emitted whole, followed at the same
/// position by its character trigrams with boundary marks, prefixed "#" so they never equal a whole word
/// (pishevari → #_pi, #pis, …, #ri_). A garbled word still shares most trigrams with the clean one; the query
/// side should ask for a share of a word's trigrams, weighted lowest.
/// </summary>
internal sealed class OcrGramFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _posInc;
    private string _word = string.Empty;
    private int _gramCount;
    private int _nextGram;
    private State? _state;

    public OcrGramFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_nextGram < _gramCount)
        {
            RestoreState(_state);
            var buffer = _term.ResizeBuffer(4);
            buffer[0] = '#';
            for (var k = 0; k < 3; k++)
            {
                var p = _nextGram + k; // position in "_" + word + "_"
                buffer[k + 1] = p == 0 || p == _word.Length + 1 ? '_' : _word[p - 1];
            }

            _term.Length = 4;
            _posInc.PositionIncrement = 0;
            _nextGram++;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var folded = OcrFold(new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length));
        _term.SetEmpty().Append(folded);
        _word = folded;
        _gramCount = folded.Length < 3 ? 0 : folded.Length;
        _nextGram = 0;
        _state = _gramCount > 0 ? CaptureState() : null;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _gramCount = 0;
        _nextGram = 0;
        _state = null;
    }

    /// <summary>Folds OCR confusions in a folded-Latin word.</summary>
    public static string OcrFold(ReadOnlySpan<char> word)
    {
        Span<char> output = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var w = 0;
        var hasLetter = false;
        foreach (var c in word)
        {
            hasLetter |= c is >= 'a' and <= 'z';
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if ((c == 'r' && next == 'n') || (c == 'v' && next == 'v'))
            {
                output[w++] = c == 'r' ? 'm' : 'w';
                i++;
                continue;
            }

            output[w++] = hasLetter ? c switch { '0' => 'o', '1' => 'l', '5' => 's', _ => c } : c;
        }

        return new string(output[..w]);
    }
}
