using Lucene.Net.Util;

namespace Dossier.Search.Snippets;

/// <summary>
/// A few wanted terms, tested against every term of a hit's field: most terms are told apart by their first byte and
/// length without hashing them (a hash of every term was a twentieth of a search page's time).
/// </summary>
internal sealed class TermSet
{
    private readonly List<byte[]>?[] _byFirstByte = new List<byte[]>?[256];

    public int Count { get; private set; }

    public void Add(string term)
    {
        if (term.Length == 0)
        {
            return;
        }
        var bytes = new BytesRef(term);
        var copy = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray();
        var list = _byFirstByte[copy[0]] ??= [];
        if (!list.Exists(b => b.AsSpan().SequenceEqual(copy)))
        {
            list.Add(copy);
            Count++;
        }
    }

    public bool Contains(BytesRef term)
    {
        if (term.Length == 0 || _byFirstByte[term.Bytes[term.Offset]] is not { } list)
        {
            return false;
        }
        var span = term.Bytes.AsSpan(term.Offset, term.Length);
        foreach (var candidate in list)
        {
            if (candidate.Length == span.Length && span.SequenceEqual(candidate))
            {
                return true;
            }
        }
        return false;
    }
}
