using Dossier.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Indexing;

/// <summary>
/// Analyzes a layer's text in its language while the writer reads the tokens, instead of beforehand as
/// <see cref="TokenListStream"/> replays them: the same tokens, with no list of them held. A layer of many megabytes
/// would otherwise hold one token object per word for every text field of the document at once, several times the
/// text's size (issue 15's memory goal). Like <see cref="TokenListStream"/>, it leaves out a word longer than one term
/// may be, keeping its position, and ends at the layer's length.
/// </summary>
internal sealed class AnalyzingTokenStream : TokenStream
{
    private string _analysis = "";
    private string _text = "";
    private string? _language;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;
    private readonly IPayloadAttribute _payload;
    private int _trailing;
    private TokenStream? _inner;
    private ICharTermAttribute? _innerTerm;
    private IPositionIncrementAttribute? _innerPosition;
    private IOffsetAttribute? _innerOffset;
    private ITypeAttribute? _innerType;

    public AnalyzingTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _payload = AddAttribute<IPayloadAttribute>();
    }

    /// <summary>Makes the stream analyze <paramref name="text"/> (a stream is reused: see <see cref="DocumentStreams"/>).</summary>
    /// <param name="analysis">The field whose analysis the text gets (<see cref="SearchFields"/>).</param>
    /// <param name="text">The layer's text.</param>
    /// <param name="language">The layer's BCP-47 tag, which chooses the analyzer.</param>
    public void Start(string analysis, string text, string? language)
    {
        Release();
        _analysis = analysis;
        _text = text;
        _language = language;
    }

    public override bool IncrementToken()
    {
        if (_inner is null)
        {
            return false;
        }
        var skipped = 0;
        while (_inner.IncrementToken())
        {
            var term = _innerTerm!;
            if (term.Length > IndexTerms.MaxBytes / 3 && IndexTerms.TooLong(term.ToString()))
            {
                skipped += _innerPosition!.PositionIncrement;
                continue;
            }
            ClearAttributes();
            _term.CopyBuffer(term.Buffer, 0, term.Length);
            _position.PositionIncrement = _innerPosition!.PositionIncrement + skipped;
            _offset.SetOffset(_innerOffset!.StartOffset, _innerOffset.EndOffset);
            _payload.Payload = WordSpans.Mark(IndexAnalysis.IsCompound(_innerType!));
            return true;
        }
        _trailing = skipped;
        return false;
    }

    /// <summary>Ends at the layer's length, with the positions the layer's last words took (<see cref="WordSpans"/> counts them).</summary>
    public override void End()
    {
        _inner?.End();
        var final = (_innerPosition?.PositionIncrement ?? 0) + _trailing;
        base.End();
        _position.PositionIncrement = final;
        _offset.SetOffset(_text.Length, _text.Length);
    }

    public override void Reset()
    {
        base.Reset();
        _trailing = 0;
        Release();
        // The analyzer's components are reused per thread: this stream holds them only between Reset and Dispose.
        _inner = IndexAnalysis.For(_language).GetTokenStream(_analysis, _text);
        _innerTerm = _inner.AddAttribute<ICharTermAttribute>();
        _innerPosition = _inner.AddAttribute<IPositionIncrementAttribute>();
        _innerOffset = _inner.AddAttribute<IOffsetAttribute>();
        _innerType = _inner.AddAttribute<ITypeAttribute>();
        _inner.Reset();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Release();
        }
        base.Dispose(disposing);
    }

    private void Release()
    {
        _inner?.Dispose();
        _inner = null;
    }
}
