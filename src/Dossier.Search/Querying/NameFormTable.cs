using System.Collections.Frozen;
using Dossier.Search.Analysis;
using Dossier.Search.Indexing;

namespace Dossier.Search.Querying;

/// <summary>
/// The forms of the names the finders test (<see cref="SearchNameMatcher"/>), inverted: each distinct (field, term) of
/// the names asked is numbered once and knows the names holding it, so that a query finds the names its words match
/// by looking its words' terms up (<see cref="Answer"/>), not by testing every form of every name against every word.
/// A finder query tests every name of the people public records cite: 15,745 names on the 100 FRUS volumes, most with
/// forms no other name holds, and testing them one by one was two thirds of the people finder's time (20-30 ms). A
/// table is filled by the names asked, and replaced by an empty one once it holds <see cref="Capacity"/> names; a query
/// keeps the table it started with. Which names a query answers for is a frozen set, made again only after names were
/// added: looking each name up in a concurrent dictionary was a quarter of the finder's time.
/// </summary>
internal sealed class NameFormTable
{
    public const int Capacity = 50_000;

    private static readonly string[] Fields = [SearchFields.Exact, SearchFields.Latin, SearchFields.Key, .. IndexAnalysis.StemFields];

    private static NameFormTable _current = new();

    // What the lock guards: the names held, the forms' numbers, each form by its number, the names holding it, and the
    // romanized forms by their first letter (the only ones a word's typing errors may reach: see MatchWord.WithinEdits).
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Field, string Term), int> _numbers = [];
    private readonly List<(string Field, string Term)> _forms = [];
    private readonly List<List<string>> _holders = [];
    private readonly Dictionary<char, List<int>> _latinByInitial = [];

    /// <summary>The names held, frozen for the queries to look names up in; null when names were added since it was made.</summary>
    private FrozenSet<string>? _held = FrozenSet<string>.Empty;

    private int _count;

    /// <summary>The table queries start with now: a new one when the last is full.</summary>
    public static NameFormTable Current
    {
        get
        {
            var table = Volatile.Read(ref _current);
            if (Volatile.Read(ref table._count) < Capacity)
            {
                return table;
            }
            var fresh = new NameFormTable();
            return Interlocked.CompareExchange(ref _current, fresh, table) == table ? fresh : Volatile.Read(ref _current);
        }
    }

    /// <summary>The name's forms; the name is added to the table when it is first asked.</summary>
    public (string Field, string Term)[] FormsOf(string name)
    {
        var forms = Forms(name);
        _lock.EnterWriteLock();
        try
        {
            if (!_names.Add(name))
            {
                return forms;
            }
            foreach (var form in forms)
            {
                if (!_numbers.TryGetValue(form, out var number))
                {
                    number = _forms.Count;
                    _numbers.Add(form, number);
                    _forms.Add(form);
                    _holders.Add([]);
                    if (string.Equals(form.Field, SearchFields.Latin, StringComparison.Ordinal))
                    {
                        (_latinByInitial.TryGetValue(form.Term[0], out var initial) ? initial : _latinByInitial[form.Term[0]] = []).Add(number);
                    }
                }
                _holders[number].Add(name);
            }
            _held = null;
            Volatile.Write(ref _count, _names.Count);
            return forms;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// The names of the table that every word matches (<see cref="MatchWord.Match"/> on one of their forms), and the
    /// names the table held then: a name added after is not answered for.
    /// </summary>
    public (IReadOnlySet<string> Names, IReadOnlySet<string> Held) Answer(IReadOnlyList<MatchWord> words)
    {
        if (Volatile.Read(ref _held) is null)
        {
            _lock.EnterWriteLock();
            try
            {
                _held ??= _names.ToFrozenSet(StringComparer.Ordinal);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        _lock.EnterReadLock();
        try
        {
            HashSet<string>? found = null;
            foreach (var word in words)
            {
                var holders = new HashSet<string>(StringComparer.Ordinal);
                foreach (var number in Matched(word))
                {
                    holders.UnionWith(_holders[number]);
                }
                foreach (var phrase in word.OtherPhrases)
                {
                    holders.UnionWith(Holding(phrase));
                }
                if (found is null)
                {
                    found = holders;
                }
                else
                {
                    found.IntersectWith(holders);
                }
            }
            return (found ?? [], _held ?? (IReadOnlySet<string>)FrozenSet<string>.Empty);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// The numbers of the forms <paramref name="word"/> matches. Outside the romanized field a word matches its own terms
    /// only (<see cref="MatchWord.Candidates"/>); in it, also a term within its edits, which starts as its fuzzy term does.
    /// Each is confirmed by <see cref="MatchWord.Match"/>, the one rule. A prefix is not asked for: the finders type none.
    /// </summary>
    private IEnumerable<int> Matched(MatchWord word)
    {
        foreach (var field in Fields)
        {
            foreach (var term in word.Candidates(field))
            {
                if (_numbers.TryGetValue((field, term), out var number) && word.Match(field, term) is not null)
                {
                    yield return number;
                }
            }
        }
        if (word.Edits > 0 && word.FuzzyTerm is { Length: > 0 } fuzzy && _latinByInitial.TryGetValue(fuzzy[0], out var initial))
        {
            foreach (var number in initial)
            {
                if (word.Match(SearchFields.Latin, _forms[number].Term) is not null)
                {
                    yield return number;
                }
            }
        }
    }

    /// <summary>The names holding a form (latn term) of every word of a place's name of several words in the other language ([united][states]).</summary>
    private HashSet<string> Holding(string[][] phrase)
    {
        HashSet<string>? names = null;
        foreach (var forms in phrase)
        {
            var holding = new HashSet<string>(StringComparer.Ordinal);
            foreach (var form in forms)
            {
                if (_numbers.TryGetValue((SearchFields.Latin, form), out var number))
                {
                    holding.UnionWith(_holders[number]);
                }
            }
            if (names is null)
            {
                names = holding;
            }
            else
            {
                names.IntersectWith(holding);
            }
        }
        return names ?? [];
    }

    /// <summary>The name's terms in every field, read in every language a query word is read in.</summary>
    private static (string Field, string Term)[] Forms(string name)
    {
        var forms = new HashSet<(string Field, string Term)>();
        var stemFields = IndexAnalysis.StemFieldsOf(name);
        foreach (var field in Fields)
        {
            var stem = field.StartsWith(SearchFields.StemPrefix, StringComparison.Ordinal);
            if (stem && !stemFields.Contains(field, StringComparer.Ordinal))
            {
                continue;
            }
            var languages = stem ? [IndexAnalysis.LanguageOfStemField(field)] : IndexAnalysis.QueryLanguagesOf(name);
            foreach (var language in languages)
            {
                foreach (var term in IndexAnalysis.Terms(field, name, language))
                {
                    forms.Add((field, term));
                }
            }
        }
        return [.. forms];
    }
}
