using Lucene.Net.Documents;

namespace Dossier.Search.Indexing;

/// <summary>
/// The token streams of the documents one thread builds, reused from one document to the next. A new stream
/// registers its attributes under the attribute factory's lock and allocates its state again, which under both
/// cores' indexing cost more than the words themselves; a reused one costs nothing. A thread's document must reach
/// the writer (or be dropped) before the thread builds the next: <see cref="RecordDocumentBuilder.Build"/> begins a
/// new document, and the writer reads each stream to its end before the next document is built on that thread.
/// </summary>
internal sealed class DocumentStreams
{
    [ThreadStatic]
    private static DocumentStreams? _thread;

    private readonly List<AnalyzingTokenStream> _analyzing = [];
    private readonly List<TokenListStream> _replaying = [];
    private readonly List<List<IndexToken>> _tokenLists = [];
    private readonly Dictionary<(string Name, bool Stored), KeywordFields> _keywords = [];
    private int _analyzingUsed;
    private int _replayingUsed;
    private int _tokenListsUsed;

    /// <summary>This thread's streams, every one free again for a new document.</summary>
    public static DocumentStreams BeginDocument()
    {
        var streams = _thread ??= new DocumentStreams();
        streams._analyzingUsed = 0;
        streams._replayingUsed = 0;
        streams._tokenListsUsed = 0;
        foreach (var fields in streams._keywords.Values)
        {
            fields.Used = 0;
        }
        return streams;
    }

    /// <summary>A stream that analyzes <paramref name="text"/> as the writer reads it (<see cref="AnalyzingTokenStream"/>).</summary>
    public AnalyzingTokenStream Analyzing(string analysis, string text, string? language)
    {
        if (_analyzingUsed == _analyzing.Count)
        {
            _analyzing.Add(new AnalyzingTokenStream());
        }
        var stream = _analyzing[_analyzingUsed++];
        stream.Start(analysis, text, language);
        return stream;
    }

    /// <summary>
    /// An untokenized field (an id, a filter term) holding <paramref name="value"/>: a field keeps the token stream it
    /// made for its last value, so a reused one makes none.
    /// </summary>
    public Field Keyword(string name, string value, Field.Store store)
    {
        var key = (name, store == Field.Store.YES);
        if (!_keywords.TryGetValue(key, out var fields))
        {
            _keywords[key] = fields = new KeywordFields();
        }
        if (fields.Used == fields.All.Count)
        {
            fields.All.Add(new StringField(name, value, store));
            return fields.All[fields.Used++];
        }
        var field = fields.All[fields.Used++];
        field.SetStringValue(value);
        return field;
    }

    /// <summary>A stream that replays <paramref name="tokens"/> (<see cref="TokenListStream"/>).</summary>
    public TokenListStream Replaying(List<IndexToken> tokens, int finalOffset, int finalIncrement)
    {
        if (_replayingUsed == _replaying.Count)
        {
            _replaying.Add(new TokenListStream());
        }
        var stream = _replaying[_replayingUsed++];
        stream.Start(tokens, finalOffset, finalIncrement);
        return stream;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/>, in a list this document owns until the next begins, and the final position
    /// increment (words left out after the last token).
    /// </summary>
    public List<IndexToken> Tokens(string analysis, string text, string? language, out int finalIncrement)
    {
        if (_tokenListsUsed == _tokenLists.Count)
        {
            _tokenLists.Add([]);
        }
        var tokens = _tokenLists[_tokenListsUsed++];
        tokens.Clear();
        finalIncrement = IndexAnalysis.AddTokens(tokens, analysis, text, language);
        if (tokens.Capacity > 64 * 1024)
        {
            // A long layer's list is not kept for the thread's next documents.
            _tokenLists[_tokenListsUsed - 1] = [];
        }
        return tokens;
    }

    private sealed class KeywordFields
    {
        public List<StringField> All { get; } = [];

        public int Used { get; set; }
    }
}
