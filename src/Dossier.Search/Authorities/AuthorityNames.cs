using Dossier.Core.Authorities;
using Dossier.Core.Storage;
using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Authorities;

/// <summary>
/// The person and place authorities as the query side needs them: preferred names for facet labels and filters,
/// and each romanized name word to the authorities that spell it, so a query word that is one spelling of a
/// name also finds the record's other spellings. Loaded once from the authority store; the index drops it on
/// every catch-up, since imports add authorities alongside records.
/// </summary>
internal sealed partial class AuthorityNames
{
    /// <summary>Name words shorter than this are initials, particles or too common to expand.</summary>
    public const int MinimumLetters = 4;

    private const int MaxAuthoritiesPerWord = 5;
    private const int MaxExpansionsPerWord = 8;

    /// <summary>Largest share of the longer word's letters two spellings of one name word may differ by.</summary>
    private const double MaxDifference = 0.5;

    private readonly Dictionary<string, string> _preferred = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byPreferredName = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, List<(int Entry, int Name)>> _byWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> _nameWords = new(StringComparer.Ordinal);

    public static AuthorityNames Empty { get; } = new();

    public int Count => _preferred.Count;

    public static async Task<AuthorityNames> LoadAsync(IAuthorityStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var names = new AuthorityNames();
        foreach (var kind in new[] { AuthorityKind.Person, AuthorityKind.Place })
        {
            // Only what the public may see: an authority or spelling known from a draft alone must not widen a query or label a facet.
            foreach (var authority in await store.PublicAsync(kind, now, cancellationToken).ConfigureAwait(false))
            {
                names.Add(authority);
            }
        }
        return names;
    }

    /// <summary>The authority's preferred name, or null when it is not a known person or place.</summary>
    public string? PreferredName(string authorityId) => _preferred.GetValueOrDefault(authorityId);

    /// <summary>The id of the authority whose preferred name is <paramref name="name"/> (as a heading compares), or null.</summary>
    public string? IdOfPreferredName(string name) => _byPreferredName.GetValueOrDefault(AuthorityId.NormalizeHeading(name));

    /// <summary>Whether <paramref name="latin"/> (a latn term) is a word of a known person's or place's name, as any of its spellings gives it.</summary>
    public bool IsNameWord(string latin) => _nameWords.Contains(latin);

    /// <summary>
    /// Other spellings of a name word (romanized, as the latn field holds them) with the preferred name of the
    /// authority that has both: for each authority with a name containing the word, the word of each other name
    /// that is closest to it, when close enough to be the same word spelled otherwise.
    /// </summary>
    public IReadOnlyList<(string Term, string Authority)> Expand(IReadOnlyCollection<string> latinForms)
    {
        var result = new List<(string Term, string Authority)>();
        if (_entries.Count == 0)
        {
            return result;
        }
        var seenEntries = new HashSet<int>();
        foreach (var form in latinForms)
        {
            if (form.Length < MinimumLetters || !_byWord.TryGetValue(form, out var owners))
            {
                continue;
            }
            foreach (var (entryIndex, nameIndex) in owners)
            {
                if (seenEntries.Count >= MaxAuthoritiesPerWord || !seenEntries.Add(entryIndex))
                {
                    continue;
                }
                var entry = _entries[entryIndex];
                var matched = entry.Names[nameIndex];
                foreach (var other in entry.Names)
                {
                    if (Closest(form, matched, other) is { } term && !latinForms.Contains(term)
                        && !result.Exists(r => string.Equals(r.Term, term, StringComparison.Ordinal)) && result.Count < MaxExpansionsPerWord)
                    {
                        result.Add((term, entry.PreferredName));
                    }
                }
            }
        }
        return result;
    }

    /// <summary>
    /// The word of <paramref name="other"/> standing where <paramref name="word"/> stands in <paramref name="matched"/>, or
    /// null; none where <paramref name="other"/> holds the word as written. A FRUS index gave John Foster Dulles's record
    /// "Allen Dulles" too, and Allen, three edits from Dulles, was taken for a spelling of it: Dulles found 290 records
    /// for "Allen" alone, and the People finder every Allen.
    /// </summary>
    private static string? Closest(string word, string[] matched, string[] other)
    {
        if (other.Contains(word, StringComparer.Ordinal))
        {
            return null;
        }
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in other)
        {
            if (matched.Contains(candidate, StringComparer.Ordinal))
            {
                continue;
            }

            // The candidate must be nearer this word than any other word of the matched name ("Vasili" stands for
            // "Vasily", not for "Kuznetsov"), and near enough to be a spelling of it.
            var distance = Levenshtein.Distance(word, candidate);
            if (distance > MaxDifference * Math.Max(word.Length, candidate.Length)
                || matched.Any(m => !string.Equals(m, word, StringComparison.Ordinal) && Levenshtein.Distance(m, candidate) < distance))
            {
                continue;
            }
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private void Add(Authority authority)
    {
        if (string.IsNullOrEmpty(authority.Id))
        {
            return;
        }
        _preferred[authority.Id] = authority.PreferredName;
        _byPreferredName.TryAdd(AuthorityId.NormalizeHeading(authority.PreferredName), authority.Id);
        if (authority.Kind == AuthorityKind.Person)
        {
            AddInverted(authority);
        }
        var names = new[] { authority.PreferredName }.Concat(authority.Variants.Select(v => v.Name))
            .Select(Words).Where(w => w.Length > 0)
            .DistinctBy(w => string.Join(' ', w), StringComparer.Ordinal).ToArray();
        _nameWords.UnionWith(names.SelectMany(n => n));
        AddSounds(names.SelectMany(n => n));
        if (names.Length < 2)
        {
            return;
        }
        var index = _entries.Count;
        _entries.Add(new Entry(authority.PreferredName, names));
        for (var n = 0; n < names.Length; n++)
        {
            foreach (var word in names[n])
            {
                var owners = _byWord.TryGetValue(word, out var list) ? list : _byWord[word] = [];
                if (!owners.Exists(o => o.Entry == index))
                {
                    owners.Add((index, n));
                }
            }
        }
    }

    /// <summary>A name's words long enough to expand, romanized as the latn field has them (the first form of each word).</summary>
    private static string[] Words(string name) =>
        IndexAnalysis.Tokens(SearchFields.Latin, name, null)
            .Where(t => t.PositionIncrement > 0 && t.Term.Length >= MinimumLetters && t.Term.All(char.IsLetter))
            .Select(t => t.Term).Distinct(StringComparer.Ordinal).ToArray();

    private sealed record Entry(string PreferredName, string[][] Names);
}
