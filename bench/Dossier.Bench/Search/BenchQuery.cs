namespace Dossier.Bench.Search;

/// <summary>A timed query: its class, the words, and whether the words form a phrase.</summary>
internal sealed record BenchQuery(string Class, IReadOnlyList<string> Words, bool Phrase)
{
    /// <summary>As a person types it into Dossier's box.</summary>
    public string Typed => Phrase ? "\"" + string.Join(' ', Words) + "\"" : string.Join(' ', Words);
}
