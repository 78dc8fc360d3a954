using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Analysis;

/// <summary>
/// The <c>key</c> chain's filter, after <see cref="LatinFoldFilter"/>: each folded token becomes its
/// <see cref="PhoneticKey"/>; tokens too short for a key are dropped (positions kept), and a stacked token
/// whose key repeats the one already at its position is dropped too.
/// </summary>
internal sealed class PhoneticKeyFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _posInc;
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private string? _lastKey;
    private int _trailing;

    public PhoneticKeyFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override bool IncrementToken()
    {
        var skipped = 0;
        while (m_input.IncrementToken())
        {
            var increment = _posInc.PositionIncrement;
            var key = KeyOf(new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length));
            var stacked = increment == 0 && skipped == 0;
            if (key is null || (stacked && string.Equals(key, _lastKey, StringComparison.Ordinal)))
            {
                skipped += increment;
                continue;
            }

            _lastKey = key;
            _posInc.PositionIncrement = increment + skipped;
            _term.SetEmpty().Append(key);
            return true;
        }

        _trailing = skipped;
        return false;
    }

    // Keys of frequent words are looked up, not rebuilt; the cache is bounded.
    private string? KeyOf(ReadOnlySpan<char> latin)
    {
        if (latin.Length < PhoneticKey.MinimumLetters)
        {
            return null;
        }

        if (_lookup.TryGetValue(latin, out var key))
        {
            return key;
        }

        key = PhoneticKey.Of(latin);
        if (_cache.Count >= 50_000)
        {
            _cache.Clear();
        }

        _lookup[latin] = key;
        return key;
    }

    /// <summary>Words left out at the end still count as positions, so the next instance of the field starts where the layer's words end.</summary>
    public override void End()
    {
        base.End();
        _posInc.PositionIncrement += _trailing;
    }

    public override void Reset()
    {
        base.Reset();
        _lastKey = null;
        _trailing = 0;
    }
}
