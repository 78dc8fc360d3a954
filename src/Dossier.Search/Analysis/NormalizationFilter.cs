using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Analysis;

/// <summary>Applies <see cref="TextNormalizer"/> to every token (NFC, case fold, ё→е, apostrophes, soft hyphens).</summary>
internal sealed class NormalizationFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly bool _turkic;

    public NormalizationFilter(TokenStream input, bool turkic)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _turkic = turkic;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = TextNormalizer.Normalize(ref buffer, _term.Length, _turkic);
        if (!ReferenceEquals(buffer, _term.Buffer))
        {
            _term.CopyBuffer(buffer, 0, length);
        }
        else
        {
            _term.Length = length;
        }

        return true;
    }
}
