using Dossier.Core.Authorities;

namespace Dossier.Core.Names;

/// <summary>
/// The people and places of the authority files, indexed for recognition: every spelling's last word by its
/// <see cref="NameKey"/> (and, for words long enough to carry it, by consonant skeleton), with the forenames and
/// initials that tell namesakes apart. Organisations are not recognised in running text.
/// </summary>
public sealed class NameGazetteer
{
    /// <summary>Skeletons with fewer consonants than this match too much (Beria / Biriya: "br").</summary>
    public const int SkeletonConsonants = 4;

    private readonly Dictionary<string, List<GazetteerEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GazetteerEntry>> _bySkeleton = new(StringComparer.Ordinal);
    private readonly HashSet<string> _authorities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _spellings = new(StringComparer.Ordinal);

    /// <summary>Keys with fewer consonants than this match only a spelling within one edit (Берия is not Berry).</summary>
    public const int ShortKeyConsonants = 3;

    public int Count => _authorities.Count;

    public static NameGazetteer Of(IEnumerable<Authority> authorities)
    {
        ArgumentNullException.ThrowIfNull(authorities);
        var gazetteer = new NameGazetteer();
        foreach (var authority in authorities)
        {
            gazetteer.Add(authority);
        }
        return gazetteer;
    }

    public bool Contains(string authorityId) => _authorities.Contains(authorityId);

    /// <summary>
    /// The parts of <paramref name="authority"/> that <see cref="Add"/> reads (identity, kind, names, description and how
    /// many source keys), copied as they stand now: adding the copy later adds what adding the authority now would.
    /// </summary>
    public static Authority Snapshot(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return new Authority
        {
            Id = authority.Id,
            Kind = authority.Kind,
            PreferredName = authority.PreferredName,
            Description = authority.Description,
            Variants = [.. authority.Variants.Select(v => new NameVariant { Name = v.Name })],
            SourceKeys = [.. authority.SourceKeys],
        };
    }

    /// <summary>Adds (or extends) an authority; a person or place only.</summary>
    public void Add(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        if (authority.Kind == AuthorityKind.Organisation || string.IsNullOrEmpty(authority.Id))
        {
            return;
        }
        _authorities.Add(authority.Id);
        var names = authority.Variants.Select(v => v.Name).Prepend(authority.PreferredName)
            .Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToList();
        if (!_spellings.TryGetValue(authority.Id, out var spellings))
        {
            _spellings[authority.Id] = spellings = new HashSet<string>(StringComparer.Ordinal);
        }
        foreach (var name in names)
        {
            var surname = authority.Kind == AuthorityKind.Person ? PersonName.Parse(name).Surname : name;
            if (NameTokenizer.Tokenize(surname).LastOrDefault() is { Length: > 0 } last)
            {
                spellings.Add(NameForms.Romanized(surname.Substring(last.Start, last.Length)));
            }
        }
        var forenames = new HashSet<string>(StringComparer.Ordinal);
        var initials = new HashSet<char>();
        var lastWords = new List<string[]>();
        foreach (var name in names)
        {
            if (authority.Kind == AuthorityKind.Person)
            {
                var parsed = PersonName.Parse(name);
                foreach (var forename in parsed.Forenames)
                {
                    var key = NameKey.For(forename);
                    if (key.Length > 0)
                    {
                        initials.Add(key[0]);
                        if (forename.Length > 1)
                        {
                            forenames.Add(key);
                        }
                    }
                }
                lastWords.Add(Words(parsed.Surname));
            }
            else
            {
                lastWords.Add(Words(name));
            }
        }
        var weight = authority.SourceKeys.Count + authority.Variants.Count + 1;
        var listedIn = authority.SourceKeys.Where(k => k.IndexOf('#', StringComparison.Ordinal) > 0)
            .Select(k => k[..k.IndexOf('#', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in lastWords.Where(w => w.Length > 0))
        {
            var last = words[^1];
            var before = words[..^1];
            if (!seen.Add(string.Join(' ', words)))
            {
                continue;
            }
            var entry = new GazetteerEntry(authority.Id, authority.Kind, authority.PreferredName, authority.Description, before, lastWords.Select(w => w.Length > 0 ? w[^1] : "").Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList(), forenames, initials, weight, listedIn);
            Index(_byKey, last, entry);
            var skeleton = NameForms.Skeleton(last);
            if (NameForms.Consonants(skeleton) >= SkeletonConsonants)
            {
                Index(_bySkeleton, skeleton, entry);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="word"/> or one of its stems is within one edit of a spelling of the authority's last name
    /// word (a word of up to three Latin letters: is one).
    /// </summary>
    public bool IsCloseSpelling(string authorityId, string word)
    {
        if (!_spellings.TryGetValue(authorityId, out var spellings))
        {
            return false;
        }
        // A word of three Latin letters must be a spelling itself: "May" is not "Mai", "Day" not "Dai"; a romanized
        // Cyrillic word may still be a letter off, where romanization guessed one (Хо / Ho).
        var tolerance = word.Length <= 3 && !Text.CodePoints.HasCyrillic(word) ? 0 : 1;
        foreach (var stem in NameForms.Stems(word))
        {
            var romanized = NameForms.Romanized(stem);
            if (spellings.Any(s => Levenshtein.Distance(s, romanized) <= tolerance))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Every form this gazetteer looks up (<see cref="NameSieve"/>) with what else its answer depends on: the entries'
    /// authorities, the words before, forenames and initials; for a skeleton, the keys a word's must come close to; for
    /// a short key, the spellings a word must come close to. Two gazetteers with the same lookup find the same words in
    /// any text, the namesakes' weights apart. A key or spelling too far from the form to let any word through is left
    /// out of its answer: a new spelling of Khrushchev changes what his skeleton finds, not what Stalin's does.
    /// </summary>
    public IEnumerable<(string Form, string Answer)> Lookups()
    {
        foreach (var (key, entries) in _byKey)
        {
            var shortKey = NameForms.Consonants(NameForms.Skeleton(key)) < ShortKeyConsonants;
            yield return (NameSieve.KeyForm(key), Answers(entries, e => shortKey ? _spellings[e.AuthorityId].Where(s => CanReach(NameKey.For(s), key, 2)) : []));
        }
        foreach (var (skeleton, entries) in _bySkeleton)
        {
            yield return (NameSieve.SkeletonForm(skeleton), Answers(entries, e => e.Keys.Where(k => CanReach(NameForms.Skeleton(k), skeleton, Math.Max(1, k.Length / 3) + 1))));
        }
    }

    /// <summary>Whether more than one person or place is looked up under <paramref name="form"/> (namesakes, weighed against each other).</summary>
    public bool Shared(string form)
    {
        var (skeleton, value) = NameSieve.Parse(form);
        return (skeleton ? _bySkeleton : _byKey).TryGetValue(value, out var entries) && entries.Exists(e => !string.Equals(e.AuthorityId, entries[0].AuthorityId, StringComparison.Ordinal));
    }

    // Whether a word matching one (a spelling or key) could reach the other: within a few edits (with a margin for the
    // letters romanization and skeletons fold).
    private static bool CanReach(string a, string b, int edits) => Levenshtein.Distance(a, b) <= edits;

    private static string Answers(List<GazetteerEntry> entries, Func<GazetteerEntry, IEnumerable<string>> close) =>
        string.Join('\u001e', entries.Select(e => string.Join('\u001f',
            e.AuthorityId,
            e.Kind.ToString(),
            string.Join(' ', e.Before),
            string.Join(' ', e.Forenames.Order(StringComparer.Ordinal)),
            string.Concat(e.Initials.Order()),
            string.Join(' ', close(e).Order(StringComparer.Ordinal)))).Order(StringComparer.Ordinal));

    public IReadOnlyList<GazetteerEntry> ByKey(string key) => _byKey.TryGetValue(key, out var list) ? list : [];

    public IReadOnlyList<GazetteerEntry> BySkeleton(string skeleton) => _bySkeleton.TryGetValue(skeleton, out var list) ? list : [];

    private static void Index(Dictionary<string, List<GazetteerEntry>> index, string key, GazetteerEntry entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Exists(e => string.Equals(e.AuthorityId, entry.AuthorityId, StringComparison.Ordinal) && e.Before.SequenceEqual(entry.Before)))
        {
            list.Add(entry);
        }
    }

    private static string[] Words(string name) =>
        NameTokenizer.Tokenize(name).Select(t => NameKey.For(name.Substring(t.Start, t.Length))).Where(k => k.Length > 0).ToArray();
}
