using System.Text.RegularExpressions;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Search.Analysis;
using Dossier.Search.Querying;

namespace Dossier.Search.Tests.Consistency;

/// <summary>
/// The words of an archive's records as the exact field holds them, per record, and a sample of them to test rules on:
/// words of four letters or more in at least two records and at most half of them, no function words. A record holds
/// all that search reads of it (<see cref="SearchableText"/>): one naming Moscow among its places holds "Moscow" even
/// where its text says "Moscow's".
/// </summary>
internal sealed partial class IndexWords
{
    private readonly Dictionary<string, HashSet<string>> _byRecord = new(StringComparer.Ordinal);

    public IndexWords(IReadOnlyList<ArchiveRecord> records)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var surface = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in SearchableText.All(record))
            {
                // As the index splits the text ("America's" is one word there), so holding a word means what it means to the index.
                foreach (var token in DossierAnalyzers.Tokens(SearchFields.Exact, text))
                {
                    terms.Add(token.Term);
                    if (token.EndOffset <= text.Length && Word().IsMatch(text[token.StartOffset..token.EndOffset]))
                    {
                        surface.TryAdd(token.Term, text[token.StartOffset..token.EndOffset]);
                    }
                }
            }
            _byRecord[record.Id] = terms;
            foreach (var term in terms)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }
        Pool = frequency
            .Where(f => surface.ContainsKey(f.Key) && f.Key.Length >= 4 && f.Value >= 2 && f.Value <= records.Count / 2 && !HeadingWords.IsIgnorable(f.Key) && !f.Key.Any(char.IsDigit))
            .Select(f => surface[f.Key]).OrderBy(w => w, StringComparer.Ordinal).ToList();
        PoolTerms = Pool.SelectMany(w => DossierAnalyzers.Terms(SearchFields.Exact, w)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The exact terms of the pool's words.</summary>
    public HashSet<string> PoolTerms { get; }

    /// <summary>Candidate words as first written in the records, in ordinal order.</summary>
    public IReadOnlyList<string> Pool { get; }

    /// <summary>Every <paramref name="count"/>-th share of the pool, spread over it (deterministic).</summary>
    public IReadOnlyList<string> Sample(int count)
    {
        var step = Math.Max(1.0, Pool.Count / (double)count);
        var sample = new List<string>();
        for (var at = 0.0; at < Pool.Count && sample.Count < count; at += step)
        {
            sample.Add(Pool[(int)at]);
        }
        return sample;
    }

    /// <summary>True when the record holds <paramref name="word"/> as written (every exact term of it).</summary>
    public bool Holds(string recordId, string word)
    {
        var terms = DossierAnalyzers.Terms(SearchFields.Exact, word);
        return terms.Count > 0 && _byRecord.TryGetValue(recordId, out var held) && terms.All(held.Contains);
    }

    /// <summary>The record's words (exact terms).</summary>
    public IReadOnlyCollection<string> Of(string recordId) => _byRecord.TryGetValue(recordId, out var held) ? held : [];

    [GeneratedRegex(@"^\p{L}[\p{L}\p{Mn}]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
