using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Indexing;

/// <summary>
/// Replays tokens analyzed beforehand, so each layer's instance of a field is analyzed in the layer's own language
/// while the document goes to the writer in one piece. Its final offset is the layer's length, which is what
/// keeps the offsets of the next layer's instance predictable.
/// </summary>
internal sealed class TokenListStream : TokenStream
{
    private IReadOnlyList<IndexToken> _tokens = [];
    private int _finalOffset;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private readonly IPayloadAttribute _payload;
    private int _next;
    private int _trailing;
    private int _finalIncrement;

    public TokenListStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _payload = AddAttribute<IPayloadAttribute>();
    }

    /// <summary>Makes the stream replay <paramref name="tokens"/> (a stream is reused: see <see cref="DocumentStreams"/>).</summary>
    public void Start(IReadOnlyList<IndexToken> tokens, int finalOffset, int finalIncrement)
    {
        _finalIncrement = finalIncrement;
        _tokens = tokens;
        _finalOffset = finalOffset;
        _next = 0;
    }

    public override bool IncrementToken()
    {
        // A word longer than one term may be (a run of text without spaces) is left out, never refused by the writer;
        // its position still counts, so phrases do not join across it.
        var skipped = 0;
        while (_next < _tokens.Count && IndexTerms.TooLong(_tokens[_next].Term))
        {
            skipped += _tokens[_next++].PositionIncrement;
        }
        if (_next >= _tokens.Count)
        {
            _trailing = skipped;
            return false;
        }
        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _position.PositionIncrement = token.PositionIncrement + skipped;
        _offset.SetOffset(token.Start, token.End);
        _payload.Payload = WordSpans.Mark(token.Compound);
        return true;
    }

    /// <summary>Ends at the layer's length, with the positions the layer's last words took (<see cref="WordSpans"/> counts them).</summary>
    public override void End()
    {
        base.End();
        _position.PositionIncrement = _trailing + _finalIncrement;
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        _trailing = 0;
    }
}
