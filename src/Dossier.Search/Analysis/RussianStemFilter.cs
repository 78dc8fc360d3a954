using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Analysis;

/// <summary>The <c>stem.ru</c> stemmer: Snowball Russian with surnames in -ов/-ев kept whole (see <see cref="RussianStemmer"/>).</summary>
internal sealed class RussianStemFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly RussianStemmer _stemmer = new();
    private char[] _scratch = new char[64];

    public RussianStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        if (_scratch.Length < length)
        {
            _scratch = new char[Math.Max(length, _scratch.Length * 2)];
        }

        Array.Copy(_term.Buffer, _scratch, length);
        length = _stemmer.Stem(ref _scratch, length);
        _term.CopyBuffer(_scratch, 0, length);
        return true;
    }
}
