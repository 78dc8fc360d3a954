using System.Runtime.CompilerServices;
using Dossier.Search.Analysis;
using Dossier.Search.Authorities;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Dossier.Search.Querying;

/// <summary>What building a query may consult besides the typed text: term statistics, authority names and the layer scope.</summary>
internal sealed partial class QueryContext
{
    /// <summary>Below this many records as written a word keeps its loose (key, fuzzy, OCR) matches whatever the corpus size.</summary>
    private const int CommonFloor = 50;

    /// <summary>A word in more than this share of records is common: matched as written, romanized or stemmed only.</summary>
    private const double CommonShare = 0.005;

    /// <summary>A word in more than this share of records is an ordinary word, not a name: no authority expansion.</summary>
    private const double OrdinaryShare = 0.2;

    /// <summary>A skeleton key in fewer records than this is never taken for other words'.</summary>
    private const int OtherWordsFloor = 20;

    /// <summary>
    /// A skeleton key in more than this many times the records of the spellings known to be the word's holds mostly other
    /// words: more of theirs than of the word's. At ten times, Harriman kept the key it shares with "chairman" (a German
    /// ch is an h) and "harmony": 4,948 FRUS records, of which about 1,100 hold Harriman.
    /// </summary>
    private const int OtherWordsShare = 2;

    /// <summary>Cyrillic terms a Latin word is tried against at most (<see cref="AddCyrillicSpellings"/>).</summary>
    private const int TranscribedScanLimit = 10_000;

    /// <summary>Per reader, whether its exact field holds a Cyrillic term: the 100 FRUS volumes hold none, and their searches then skip the seeks.</summary>
    private static readonly ConditionalWeakTable<IndexReader, StrongBox<bool>> CyrillicHeld = [];

    private readonly IndexReader? _reader;

    /// <summary>Whether the reader holds OCR text (always without a reader): an index of clean text needs no word's OCR forms.</summary>
    private readonly bool _holdsOcr;

    private readonly Dictionary<(string Text, bool Prefix), MatchWord> _words = [];

    public QueryContext(IndexReader? reader, AuthorityNames authorities, LayerScope? scope)
    {
        _reader = reader;
        _holdsOcr = reader is null || MultiFields.GetTerms(reader, SearchFields.Ocr) is not null;
        Lookups = reader is null ? null : new TermLookups(reader);
        Authorities = authorities;
        Scope = scope;
    }

    /// <summary>The terms this search has looked up in the reader (null without a reader).</summary>
    public TermLookups? Lookups { get; }

    public static QueryContext None { get; } = new(null, AuthorityNames.Empty, null);

    public AuthorityNames Authorities { get; }

    /// <summary>When the request filters languages or layer kinds: where the words must match.</summary>
    public LayerScope? Scope { get; }

    /// <summary>Records holding one of the word's exact or romanized forms (the most frequent one).</summary>
    public int Frequency(MatchWord word)
    {
        if (_reader is null)
        {
            return 0;
        }
        var most = 0;
        foreach (var term in word.Exact)
        {
            most = Math.Max(most, DocFreq(SearchFields.Exact, term));
        }
        foreach (var term in word.Latin)
        {
            most = Math.Max(most, DocFreq(SearchFields.Latin, term));
        }
        return most;
    }

    /// <summary>BM25's idf of the rarest reading of a word's class terms in <paramref name="field"/> (1 without a reader).</summary>
    public float Idf(string field, IEnumerable<string> terms)
    {
        if (_reader is null)
        {
            return 1f;
        }
        var most = 0;
        foreach (var term in terms)
        {
            most = Math.Max(most, DocFreq(field, term));
        }
        var records = Math.Max(1, _reader.NumDocs);
        return (float)Math.Log(1 + ((records - most + 0.5) / (most + 0.5)));
    }

    /// <summary>A query for one term; with a reader, its weight reads the term's states this search looked up once.</summary>
    public TermQuery Term(string field, string text, float boost = 1f)
    {
        var term = new Term(field, text);
        var query = Lookups?.Query(term) ?? new TermQuery(term);
        query.Boost = boost;
        return query;
    }

    /// <summary>The query as a searcher over the reader rewrites it (to a fixed point, as <see cref="IndexSearcher.Rewrite"/>); unchanged without a reader.</summary>
    public Query Rewrite(Query query)
    {
        if (_reader is null)
        {
            return query;
        }
        for (var rewritten = query.Rewrite(_reader); !ReferenceEquals(rewritten, query); rewritten = query.Rewrite(_reader))
        {
            query = rewritten;
        }
        return query;
    }

    private int DocFreq(string field, string term) => Lookups!.DocFreq(new Term(field, term));

    /// <summary>The latn terms within the word's edits of <paramref name="from"/> that have its key, added to <paramref name="spellings"/> (and <paramref name="added"/>); their records.</summary>
    private int AddSpellings(MatchWord word, string from, HashSet<string> spellings, List<string>? added)
    {
        var records = 0;
        foreach (var (bytes, docFreq) in Lookups!.Within(SearchFields.Latin, from, word.Edits))
        {
            var term = bytes.Utf8ToString();
            if (!word.Latin.Contains(term) && SkeletonOf(term) is { } key && word.Keys.Contains(key) && spellings.Add(term))
            {
                records += docFreq;
                added?.Add(term);
            }
        }
        return records;
    }

    /// <summary>
    /// Terms within the edits of a word the archive holds as written that are other words, not spellings of it, are left
    /// out of its fuzzy matches (the archive lacks a misspelt query's word, and every term within its edits counts):
    /// - one edit away, a commoner term whose consonants differ (<see cref="PhoneticKey"/>): "plans" for "planks",
    ///   "Clifton" for "Clinton", "simple" for "simile", "Andrew" for "Andrei";
    /// - two edits away, a commoner term whatever its consonants ("consideration" for "Confederation", "conservation" for
    ///   "conversation"), and a rarer one whose consonants differ: "deceived" for "deserved", "indulged" for "insulted",
    ///   "glaring" and "goading" for "guarding".
    /// A spelling of the same consonants stays, commoner one edit away ("Andrey" for "Andrei", "Georgi" for "Georgiy") or
    /// rarer; so does a rarer term one edit away whatever its consonants, which may be a misspelling (Pishevali). So does a
    /// word differing by an h alone, one or two, when either is a known person's or place's name: romanizations write a
    /// digraph's h or leave it out (kh, ch, sh), so "Krushchev" and "Kruschev", which FRUS records hold as written, find
    /// Khrushchev as "Khrushchev" finds them ("threshold" for "threshhold" is no name's word: left out).
    /// </summary>
    private void FindFarVariants(MatchWord word, string fuzzy, int frequency)
    {
        var skeleton = SkeletonOf(fuzzy);
        foreach (var (bytes, docFreq) in Lookups!.Within(SearchFields.Latin, fuzzy, word.Edits))
        {
            var term = bytes.Utf8ToString();
            if (word.Latin.Contains(term))
            {
                continue;
            }
            var oneEdit = MatchWord.WithinEdits(fuzzy, term, 1);
            var other = docFreq > frequency ? !oneEdit || !SameKey(term) : !oneEdit && !SameKey(term);
            if (other && !(DiffersByHAlone(fuzzy, term) && (Authorities.IsNameWord(term) || Authorities.IsNameWord(fuzzy))))
            {
                word.FarVariants.Add(term);
            }
        }

        bool SameKey(string term) => skeleton is not null && string.Equals(SkeletonOf(term), skeleton, StringComparison.Ordinal);
    }

    /// <summary>The skeleton key of a romanized term, read without its hyphens and apostrophes (re-route: reroute).</summary>
    private static string? SkeletonOf(string term) =>
        PhoneticKey.Of(term.AsSpan().IndexOfAny('-', '\'') < 0 ? term : string.Concat(term.Where(c => c is not ('-' or '\''))));

    /// <summary>Whether the two words are the same but for h's ("krushchev", "kruschev" and "khrushchev").</summary>
    internal static bool DiffersByHAlone(string a, string b) =>
        !string.Equals(a, b, StringComparison.Ordinal)
        && string.Equals(a.Replace("h", "", StringComparison.Ordinal), b.Replace("h", "", StringComparison.Ordinal), StringComparison.Ordinal);

    /// <summary>
    /// The terms of <paramref name="field"/> within <paramref name="edits"/> of <paramref name="fuzzy"/>, but for
    /// <paramref name="excluded"/>, as a query: with a reader, of the terms this search found (<see cref="TermLookups.Within"/>),
    /// else of the word's Levenshtein automaton (without a reader no far variant is found, so none is excluded).
    /// </summary>
    public Query Fuzzy(string field, string fuzzy, int edits, IReadOnlySet<string>? excluded = null)
    {
        if (Lookups is null)
        {
            return FuzzyQueries.For(field, fuzzy, edits);
        }
        var within = Lookups.Within(field, fuzzy, edits);
        return new KnownTermsQuery(field, within.Select(t => t.Term).Where(t => excluded is null || excluded.Count == 0 || !excluded.Contains(t.Utf8ToString())));
    }

    /// <summary>Applies the corpus's statistics and authorities to a word about to become a query.</summary>
    /// <summary>
    /// A typed word, analysed and refined against the reader once per search: a widened search
    /// (<see cref="SearchQueryBuilder.Widened"/>) builds its query again from the same words. Without a reader (the
    /// shared <see cref="None"/>), a new word each time.
    /// </summary>
    public MatchWord Word(string text, bool prefix)
    {
        if (_reader is not null && _words.TryGetValue((text, prefix), out var known))
        {
            return known;
        }
        var word = new MatchWord(text, prefix, fuzzy: true, ocr: _holdsOcr);
        if (!word.IsEmpty)
        {
            Refine(word);
        }
        if (_reader is not null)
        {
            _words[(text, prefix)] = word;
        }
        return word;
    }

    private void Refine(MatchWord word)
    {
        if (word.Prefix || _reader is null)
        {
            return;
        }
        var records = Math.Max(1, _reader.NumDocs);
        DropOrdinaryRomanizations(word, records);
        AddLatinSpellings(word);
        AddOtherNames(word);
        var frequency = Frequency(word);
        if (frequency >= CommonFloor && frequency > records * CommonShare)
        {
            word.DropLooseMatches();
        }
        else if (frequency > 0 && word.Edits > 0 && word.FuzzyTerm is { } fuzzy && !char.IsSurrogate(fuzzy[0]))
        {
            FindFarVariants(word, fuzzy, frequency);
        }
        var name = word.Latin.Any(Authorities.IsNameWord);
        AddCyrillicSpellings(word);
        if (word.Typed.Length >= AuthorityNames.MinimumLetters && frequency <= records * OrdinaryShare)
        {
            word.ExpandNames(Authorities.Expand(word.Latin));
            if (name)
            {
                word.KeepNameStems();
            }
        }
        if (word.Keys.Count > 0)
        {
            NarrowKeys(word, frequency, name);
        }
    }

    /// <summary>
    /// A word typed in Cyrillic whose romanization the archive's Latin-script text writes as an ordinary word (in more
    /// than a fifth of the records, and at least <see cref="CommonFloor"/>) and no known name's word, is not matched by
    /// that romanization: он found "on" in 29,551 of the 31,667 FRUS records, то "to", Бут (Booth) "but". Its Cyrillic
    /// spellings still match as written. The rule the Latin spellings a Cyrillic word transcribes follow
    /// (<see cref="AddLatinSpellings"/>).
    /// </summary>
    private void DropOrdinaryRomanizations(MatchWord word, int records)
    {
        if (!BackTranscription.HasLetter(word.Typed))
        {
            return;
        }
        word.DropRomanizations(term => !Authorities.IsNameWord(term) && DocFreq(SearchFields.Exact, term) is var held && held >= CommonFloor && held > records * OrdinaryShare);
    }

    /// <summary>
    /// A word typed in Cyrillic also stands for the Latin spellings it may transcribe (<see cref="BackTranscription"/>)
    /// that the archive's Latin-script text holds as written: Тегеран for Teheran, Гарриман for Harriman, Женева for
    /// Geneva. A form must be in the exact field, so the romanization of another Russian word (стул for стал, by the
    /// rule that reads а as an English u) is not one. The word's own romanizations keep their skeleton keys only where
    /// the archive holds one of them. A form read from another case (слов for слова) counts only where it is a known name's
    /// word: слова met "slow", and страна "strong" by the key of "strung". So does a form more than a fifth of the records
    /// hold (<see cref="OrdinaryShare"/>, and at least <see cref="CommonFloor"/>), an ordinary English word: Уайт (White)
    /// read with a th met "with" in 28,528 of the 31,667 FRUS records; Washington is a known place's word.
    /// </summary>
    private void AddLatinSpellings(MatchWord word)
    {
        List<string>? found = null;
        var ordinary = Math.Max(1, _reader!.NumDocs) * OrdinaryShare;
        foreach (var (form, asTyped) in BackTranscription.Of(word.Typed))
        {
            var term = SpellingVariants.Fold(form);
            if (!word.Latin.Contains(term) && DocFreq(SearchFields.Exact, form) > 0 && DocFreq(SearchFields.Latin, term) is > 0 and var records
                && (Authorities.IsNameWord(term) || (asTyped && (records < CommonFloor || records <= ordinary))))
            {
                (found ??= []).Add(term);
            }
        }
        if (found is not null)
        {
            word.AddTranscriptions(found, keepKeys: word.Latin.Any(term => DocFreq(SearchFields.Latin, term) > 0));
        }
    }

    /// <summary>
    /// A Latin word also stands for the Cyrillic words of the archive that transcribe it, read back by
    /// <see cref="BackTranscription"/>: Eisenhower for Эйзенхауэр and Эйзенхауэру, Harriman for Гарриман. The exact field's
    /// Cyrillic terms that may start so are tried, of a length a transcription may have, at most
    /// <see cref="TranscribedScanLimit"/> of them. Those that transcribe the word join its class
    /// (<see cref="MatchWord.AddToClass"/>), unless Latin text writes their romanization too (хрущев romanizes as
    /// khrushchev, already a spelling of the word). Every Latin word is tried, however common: a variant and the word as
    /// written then meet the same Cyrillic words.
    /// </summary>
    private void AddCyrillicSpellings(MatchWord word)
    {
        if (word.Typed.Length < BackTranscription.MinimumLetters || !HoldsCyrillic(_reader!) || !word.Typed.All(char.IsAsciiLetter)
            || MultiFields.GetTerms(_reader, SearchFields.Exact) is not { } terms)
        {
            return;
        }
        var latin = word.Typed.ToLowerInvariant();
        var dictionary = terms.GetEnumerator();
        var found = new List<string>();
        var scanned = 0;
        foreach (var start in BackTranscription.StartsFor(latin[0]))
        {
            var prefix = new BytesRef(start.ToString());
            if (dictionary.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            {
                continue;
            }
            do
            {
                if (!StringHelper.StartsWith(dictionary.Term, prefix) || ++scanned > TranscribedScanLimit)
                {
                    break;
                }
                var term = dictionary.Term.Utf8ToString();
                if (term.Length * 2 >= latin.Length && term.Length <= latin.Length + 3 && BackTranscription.Transcribes(term, latin))
                {
                    found.AddRange(IndexAnalysis.Terms(SearchFields.Latin, term, "ru").Where(romanized => DocFreq(SearchFields.Exact, romanized) == 0));
                }
            }
            while (dictionary.MoveNext());
        }
        if (found.Count > 0)
        {
            word.AddToClass(found);
        }
    }

    private static bool HoldsCyrillic(IndexReader reader) => CyrillicHeld.GetValue(reader, static r =>
    {
        var dictionary = MultiFields.GetTerms(r, SearchFields.Exact)?.GetEnumerator();
        var held = dictionary is not null && dictionary.SeekCeil(new BytesRef("а")) != TermsEnum.SeekStatus.END
            && dictionary.Term.Utf8ToString() is [var first, ..] && BackTranscription.IsLetter(first);
        return new StrongBox<bool>(held);
    }).Value;

    /// <summary>
    /// When the word's skeleton key stands mostly for other words than the word's spellings, the word is matched by its
    /// spellings instead (<see cref="MatchWord.DropKeys"/>). A key is a sound, and a rare name shares it with commoner
    /// words: Watrous with waters, Garnett with grant, Anghelis with English, Khampan with champion, Hartel with heartily;
    /// Garnett found 1,376 FRUS records, most for "grant". The spellings known to be the word's are its own forms, the
    /// authority records' spellings of it, the known names with its key (Khrushchov and Chruschtschow have Khrushchev's
    /// key, a known person's name, so they find his records either way), and the words within its typing errors with
    /// its key (Ackording: according).
    /// </summary>
    /// <param name="word">The query word, refined so far.</param>
    /// <param name="frequency">Records holding the word's own forms (<see cref="Frequency"/>).</param>
    /// <param name="name">Whether the word is a known person's or place's name word.</param>
    private void NarrowKeys(MatchWord word, int frequency, bool name)
    {
        var keyed = 0;
        foreach (var key in word.Keys)
        {
            keyed = Math.Max(keyed, DocFreq(SearchFields.Key, key));
        }
        if (keyed < OtherWordsFloor)
        {
            return;
        }
        var known = frequency;
        foreach (var term in word.AuthorityTerms.Keys)
        {
            known += DocFreq(SearchFields.Latin, term);
        }
        var spellings = new HashSet<string>(StringComparer.Ordinal);
        // The known names with the key are spellings of a word no name holds (Chruschtschow: Khrushchev). A known name's
        // own word is that name, and another known name with its sound is another person or place (Watrous: General
        // Waters, and the waters of every treaty): only its authority records' spellings count.
        var keyedNames = name ? [] : word.Keys.SelectMany(Authorities.KeyedAs);
        foreach (var other in keyedNames)
        {
            if (!word.Latin.Contains(other) && !word.AuthorityTerms.ContainsKey(other) && DocFreq(SearchFields.Latin, other) is > 0 and var records && spellings.Add(other))
            {
                known += records;
            }
        }
        if (keyed <= OtherWordsShare * Math.Max(1, known))
        {
            return;
        }
        if (word.Edits > 0 && word.FuzzyTerm is { } fuzzy && !char.IsSurrogate(fuzzy[0]))
        {
            // The spellings' own spellings too, one step on: a variant of a word must count the word's spellings as
            // the word does (conphidentially: confidentially, and its confidential), or the word's records rank
            // higher for a variant of it than for the word (issue 8's rule).
            var near = new List<string>();
            known += AddSpellings(word, fuzzy, spellings, near);
            foreach (var spelling in near)
            {
                known += AddSpellings(word, spelling, spellings, null);
            }
        }
        if (keyed > OtherWordsShare * Math.Max(1, known))
        {
            word.DropKeys(spellings);
        }
    }
}
