using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>
/// Ranked retrieval for words typed side by side (no AND): one scoring model for queries of any length, in levels
/// (see <see cref="RankedScoring"/>): records holding more of the main words first, then more of them as typed, then
/// by content: each word scored over its fields (title ≫ exact ≫ stem ≫ romanized ≫ authority ≫ key ≫ fuzzy), the
/// proximity of neighbouring words ("Harding, Sir John" meets "Sir John Harding"), the heading's authority and its
/// soft words (parenthesised qualifiers and cross-references, years). A query of one or two words needs all of them,
/// so that its total and facets count the records holding them all, unless fewer records than a page hold both of two
/// words where the request may look: it is then searched again <see cref="Widened"/>, to records holding either, when
/// each is held there (a name and a word stay precise: "Pishevari Kennedy" finds nothing where no record names
/// Kennedy). From three words on, soft ones counted, any of the main words; an inverted name ("Stevenson, Adlai") needs
/// one of its words, and its surname outweighs its given name; an authority's inverted name ("Nixon, Richard M.", or
/// written otherwise: "Nixon, R. M.") needs its surname, and its given names rank softly, whatever follows it.
/// </summary>
internal sealed partial class SearchQueryBuilder
{
    public const float ProximityBoost = 2f;
    public const int ProximitySlop = 6;
    public const float AuthorityHeadingBoost = 3f;
    private const int MaxHeadingNameWords = 6;

    /// <summary>
    /// What a word of a heading's context weighs, in units of its idf: the words of the headings above a subheading
    /// ("Rusk, Dean — Brazil" in "Rusk, Dean — Brazil International Telephone &amp; Telegraph, expropriation of") hold
    /// for every record of the parent entry, and only the last part tells its records apart. Measured on the tuning
    /// split of qrels-dev (nDCG@10 +0.003; 0.25: +0.004).
    /// </summary>
    public const float ContextWeight = 0.5f;

    /// <summary>
    /// What the given name of an inverted name ("Stevenson, Adlai") weighs, in units of its idf: the surname is what
    /// names the person, and a record holding only the given name ranks below every record holding only the surname.
    /// </summary>
    public const float GivenNameWeight = 0.3f;

    /// <summary>
    /// Whether a query of two words needs only one of them, records holding both as typed first (the quorum). A search
    /// within a FRUS volume for "Ryukyu Islands" or "Lockheed company" found nothing where the volume's records name
    /// Ryukyu or Lockheed, and never beside the other word, and "Turkey disarmament" found the 3 records holding both
    /// and none of the others its index cites; widened, the page goes on with the records holding one of the words.
    /// </summary>
    public bool Widened { get; init; }

    /// <summary>Fewer records than this holding both of two words (a page of hits) and the search is built again <see cref="Widened"/>.</summary>
    public const int WidenBelow = 10;

    /// <summary>
    /// The clauses of the two words a ranked query required both of, to tell whether each is held somewhere when fewer
    /// than a page of records hold both (the search is then built again <see cref="Widened"/>); null otherwise.
    /// </summary>
    public IReadOnlyList<Query>? Pair { get; private set; }

    /// <summary>How many of the ranked query's main words a record must hold: all of one or two (one of two when widened), one of more.</summary>
    private int Required(int words) => words <= 2 && !Widened ? words : Math.Min(words, 1);

    /// <summary>The words of the last ranked query built (0 when the query was not ranked).</summary>
    public int RankedWords { get; private set; }

    /// <summary>The query requiring every ranked word, to tell whether any record holds them all; null when not ranked or already strict.</summary>
    public Query? Strict { get; private set; }

    private Query? BuildRanked(AndNode and, bool negated)
    {
        var parts = new List<(QueryNode Node, bool Soft)>();
        var excluded = new List<QueryNode>();
        var filters = new List<QueryNode>();
        Flatten(and, soft: false, parts, excluded, filters);
        var nodes = parts.ConvertAll(p => p.Node);
        var context = HeadingWords.Context(nodes);
        // A word alone is no heading: its exact query must rank the records holding it as its variants' queries do
        // (issue 8's first rule), which a bonus for the records a place or person of that name is linked to would not.
        var heading = negated || parts.Count < 2 ? null : HeadingName(nodes);
        var named = heading is { Words: >= 2 } && parts[0].Node is WordNode { Text: var surname } && surname.EndsWith(',');
        if (named && heading is { } name)
        {
            // "Rusk, Dean Elections in ROK": the given names of an authority's inverted name rank softly, as its
            // initials do, the surname alone needed: a record naming another Dean and the elections is not one about Rusk.
            // Soft whatever follows, so that a word added to the heading never turns them back into words of their own.
            // Measured on qrels-dev: nDCG@10 0.456 -> 0.464 on the tuning split, 0.448 -> 0.455 held out.
            for (var i = 1; i < name.Words; i++)
            {
                parts[i] = (parts[i].Node, true);
            }
        }
        if (!negated)
        {
            parts = PlaceNames(parts);
        }
        var words = parts.Where(p => !(p.Node is WordNode { Prefix: false } w && HeadingWords.IsIgnorable(w.Text))).ToList();
        if (words.Count == 0)
        {
            words = parts;
        }
        if (words.All(w => w.Soft))
        {
            words = words.Select(w => (w.Node, false)).ToList();
        }
        var main = new List<(QueryNode Node, Query Clause)>();
        var soft = new List<(QueryNode Node, Query Clause)>();
        foreach (var (node, isSoft) in words)
        {
            if (Build(node, negated) is { } clause)
            {
                if (isSoft)
                {
                    soft.Add((node, clause));
                }
                else
                {
                    main.Add((node, clause));
                }
            }
        }
        // "Stevenson, Adlai": a heading's inverted name needs one of its words, the surname weighing most: the
        // records may spell the surname otherwise, and one naming the given name is better than no answer. Not when an
        // authority's name was read (its given names are soft already): in "Dulles, John Foster Yemen" the word after
        // them is the subheading, no given name.
        var inverted = !named && main.Count == 2 && words.Count == main.Count + soft.Count && main[0].Node is WordNode { Text: var head } && head.EndsWith(',');
        // A query of two main words and soft ones ("Dulles, John Foster Yemen", "Cuba missile (1962)") is a query of three
        // words or more as typed: it needs one of the main words, records holding both as typed first (the quorum).
        // A place's name counts as the words typed: "Французской Западной Африки" is three words, of which one is needed.
        var typed = main.Sum(m => m.Node is PlaceNameNode place ? place.Words.Count : 1);
        var required = inverted || (main.Count == 2 && soft.Count > 0) ? 1 : Math.Min(main.Count, Required(typed));
        if (!negated && main.Count > 0 && main.Count + soft.Count > required)
        {
            // The words' clauses are searched twice, ranked and in the strict query: their prefix and fuzzy parts
            // are expanded into the index's terms once, for both (Lucene would rewrite them for each search).
            main = main.ConvertAll(m => (m.Node, _context.Rewrite(m.Clause)));
            soft = soft.ConvertAll(s => (s.Node, _context.Rewrite(s.Clause)));
        }
        if (!negated)
        {
            Pair = main.Count == 2 && required == 2 ? [main[0].Clause, main[1].Clause] : null;
        }
        var query = new BooleanQuery(disableCoord: true);
        foreach (var node in filters)
        {
            if (Build(node, negated) is { } filter)
            {
                query.Add(filter, Occur.MUST);
            }
        }
        foreach (var node in excluded)
        {
            if (Build(node, !negated) is { } exclusion)
            {
                query.Add(exclusion, Occur.MUST_NOT);
            }
        }
        if (main.Count > 0)
        {
            var near = Proximity(main.Select(w => w.Node).ToList());
            var authority = heading is { } known ? HeadingAuthority(known.Id) : null;
            var weights = main.Select((m, i) => (context.Contains(m.Node) ? ContextWeight : 1f) * (inverted && i > 0 ? GivenNameWeight : 1f)).ToList();
            var levels = new RankedScoring(main.Select(m => Unit(m.Node)).ToList(), weights);
            // Sums of three clauses or more are ClauseSumQuery's, added in a fixed order (see there).
            var core = new ClauseSumQuery(required);
            // Three words or more, or two of which one is needed: records holding two of them as typed, or all of them
            // in any form, come first (see RankedScoring.Quorum).
            var two = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = 2 };
            for (var i = 0; i < main.Count; i++)
            {
                var exact = Exact(main[i].Node);
                core.Add(MainWord(main[i].Clause, exact, levels, i));
                two.Add(exact ?? main[i].Clause, Occur.SHOULD);
            }
            query.Add(core, Occur.MUST);
            // What may add to a record's score: one optional clause, their sum.
            var extra = new ClauseSumQuery();
            if (main.Count >= 3 || (main.Count == 2 && required < 2))
            {
                var every = new BooleanQuery(disableCoord: true);
                foreach (var (_, clause) in main)
                {
                    every.Add(clause, Occur.MUST);
                }
                // Of two words, holding both as typed is holding both.
                var quorum = main.Count == 2 ? every : new BooleanQuery(disableCoord: true) { { two, Occur.SHOULD }, { every, Occur.SHOULD } };
                extra.Add(new ConstantScoreQuery(quorum) { Boost = levels.Quorum + (RankedScoring.SoftWeight * soft.Sum(s => Math.Max(0.5f, Unit(s.Node)))) });
            }
            foreach (var (node, clause) in soft)
            {
                extra.Add(new TieredScoreQuery(clause, 0f, RankedScoring.SoftWeight * Math.Max(0.5f, Unit(node)), RankedScoring.Scale));
            }
            var proximity = near is null ? null : new TieredScoreQuery(near, 0f, RankedScoring.ProximityWeight * levels.Mean, RankedScoring.Scale);
            if (proximity is not null)
            {
                extra.Add(proximity);
            }
            if (authority is not null)
            {
                extra.Add(new TieredScoreQuery(authority, 0f, RankedScoring.AuthorityWeight, RankedScoring.Scale));
            }
            var all = main.Select(m => m.Clause).Concat(soft.Select(s => s.Clause)).ToList();
            if (!negated && all.Count > required)
            {
                RankedWords = all.Count;
                Strict = new BooleanQuery(disableCoord: true);
                foreach (var clause in all)
                {
                    ((BooleanQuery)Strict).Add(clause, Occur.MUST);
                }
            }
            if (extra.Clauses.Count > 0)
            {
                // What may add to a record's score is bounded, so a record that cannot reach the page is not scored for it,
                // and proximity (positions) last.
                return BoundedOptionalQuery.Over(query, extra, costliest: proximity);
            }
        }
        else if (query.Clauses.Count > 0 && query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>A main word: a tier when matched, its content (saturated below its unit), an exact unit when held as typed.</summary>
    private static Query MainWord(Query clause, Query? exact, RankedScoring levels, int i)
    {
        var word = new BooleanQuery(disableCoord: true) { { new TieredScoreQuery(clause, levels.Tier, levels.Units[i], RankedScoring.Scale), Occur.MUST } };
        if (exact is not null)
        {
            word.Add(new ConstantScoreQuery(exact) { Boost = levels.ExactUnit(i) }, Occur.SHOULD);
        }
        return word;
    }

    /// <summary>
    /// Main words typed side by side that name a place (<see cref="QueryContext.PlaceName"/>: Soviet Union, Советского
    /// Союза, the parts of Нью-Йорк), the longest first, become one word (<see cref="PlaceNameNode"/>) where the archive
    /// holds one of the place's names in the other language; the other words stay as they are.
    /// </summary>
    private List<(QueryNode Node, bool Soft)> PlaceNames(List<(QueryNode Node, bool Soft)> parts)
    {
        static bool Plain((QueryNode Node, bool Soft) part) => part is { Soft: false, Node: WordNode { Prefix: false, Field: null } };
        var result = new List<(QueryNode, bool)>(parts.Count);
        for (var i = 0; i < parts.Count;)
        {
            var taken = 0;
            for (var length = Math.Min(Exonyms.LongestName, parts.Count - i); length >= 2 && taken == 0; length--)
            {
                var run = parts.GetRange(i, length);
                if (!run.TrueForAll(Plain))
                {
                    continue;
                }
                var typed = run.ConvertAll(p => (WordNode)p.Node);
                // The pieces of one word typed (Нью-Йорк) are shown as typed.
                var shown = typed[0].Of is { } whole && typed.TrueForAll(w => string.Equals(w.Of, whole, StringComparison.Ordinal)) && SurfaceWords(whole).Count == length ? whole : null;
                if (_context.PlaceName(typed.ConvertAll(w => w.Text), shown) is { } name)
                {
                    result.Add((new PlaceNameNode(typed, name), false));
                    taken = length;
                }
            }
            if (taken == 0)
            {
                result.Add(parts[i]);
                taken = 1;
            }
            i += taken;
        }
        return result;
    }

    /// <summary>Records holding the word as typed (every exact term of it, in the text or the title; of a place's name, of each of its words); null for a phrase or prefix.</summary>
    private Query? Exact(QueryNode node)
    {
        var terms = node switch
        {
            WordNode { Prefix: false, Field: null } typed => IndexAnalysis.Terms(SearchFields.Exact, typed.Text),
            PlaceNameNode place => [.. place.Words.SelectMany(w => IndexAnalysis.Terms(SearchFields.Exact, w.Text))],
            _ => [],
        };
        if (terms.Count == 0)
        {
            return null;
        }
        var exact = new BooleanQuery(disableCoord: true);
        foreach (var field in new[] { SearchFields.Exact, SearchFields.Title })
        {
            var all = new BooleanQuery(disableCoord: true);
            foreach (var term in terms)
            {
                all.Add(_context.Term(field, term), Occur.MUST);
            }
            exact.Add(all, Occur.SHOULD);
        }
        return exact;
    }

    /// <summary>A word's unit: the idf of its rarest exact form (a phrase or a place's name: of its commonest word).</summary>
    private float Unit(QueryNode node) => node switch
    {
        WordNode word => _context.Idf(SearchFields.Exact, IndexAnalysis.Terms(SearchFields.Exact, word.Text)),
        PhraseNode phrase => _context.Idf(SearchFields.Exact, IndexAnalysis.Terms(SearchFields.Exact, phrase.Text)),
        PlaceNameNode place => _context.Idf(SearchFields.Exact, [.. place.Words.SelectMany(w => IndexAnalysis.Terms(SearchFields.Exact, w.Text))]),
        _ => 1f,
    };

    /// <summary>
    /// Implicit groups join the heading's words; a parenthesised group ("(Nov. 1955)", "(see also; under Turkey)") and
    /// a number are soft: they rank within a tier but add none. Exclusions and filters are set apart.
    /// </summary>
    private static void Flatten(AndNode and, bool soft, List<(QueryNode, bool)> parts, List<QueryNode> excluded, List<QueryNode> filters)
    {
        foreach (var item in and.Items)
        {
            switch (item)
            {
                case AndNode { Required: false } group:
                    Flatten(group, soft, parts, excluded, filters);
                    break;
                case GroupNode { Inner: AndNode { Required: false } group }:
                    Flatten(group, soft: true, parts, excluded, filters);
                    break;
                case GroupNode { Inner: WordNode or PhraseNode } group:
                    parts.Add((group.Inner, true));
                    break;
                case NotNode not:
                    excluded.Add(not.Inner);
                    break;
                case FilterNode or DateRangeNode:
                    filters.Add(item);
                    break;
                case WordNode { Prefix: false, Field: null } word when IndexAnalysis.Terms(SearchFields.Exact, word.Text) is { Count: > 1 } pieces:
                    // "Netherlands/Shell", "Self-determination": each piece is a word of its own (their proximity still counts).
                    var surface = SurfaceWords(word.Text);
                    parts.AddRange(surface.Select(p => ((QueryNode)new WordNode(p, Prefix: false, Of: word.Text), soft || HeadingWords.IsQualifier(p))));
                    break;
                case WordNode { Prefix: false } word when HeadingWords.IsQualifier(word.Text):
                    parts.Add((item, true));
                    break;
                default:
                    parts.Add((item, soft));
                    break;
            }
        }
    }

    /// <summary>
    /// A heading that begins with a person's or place's authority name as the authority writes it ("Strauss, Lewis L.
    /// Atomic energy"): records linked to that authority rank higher. The longest such beginning counts.
    /// </summary>
    private Query HeadingAuthority(string id)
    {
        var term = id.ToLowerInvariant();
        return new BooleanQuery(disableCoord: true)
        {
            { _context.Term(IndexFields.Person, term, AuthorityHeadingBoost), Occur.SHOULD },
            { _context.Term(IndexFields.Place, term, AuthorityHeadingBoost), Occur.SHOULD },
        };
    }

    /// <summary>The authority whose preferred name the heading begins with, and how many of its words that name takes (the longest such beginning).</summary>
    private (string Id, int Words)? HeadingName(IReadOnlyList<QueryNode> parts)
    {
        if (_context.Authorities.Count == 0)
        {
            return null;
        }
        var typed = parts.TakeWhile(p => p is WordNode { Field: null, Prefix: false }).Cast<WordNode>().Select(w => w.Text).Take(MaxHeadingNameWords).ToList();
        for (var length = typed.Count; length > 0; length--)
        {
            if (_context.Authorities.IdOfPreferredName(string.Join(' ', typed.Take(length))) is { } id)
            {
                return (id, length);
            }
        }
        // A person's name written otherwise than the authority writes it: initials for given names or given names for
        // initials, no accents, no rank.
        return _context.Authorities.InvertedName(typed);
    }

    /// <summary>Each pair of neighbouring typed words, near each other in either order, in the exact or title field.</summary>
    private static Query? Proximity(List<QueryNode> nodes)
    {
        var terms = nodes.Select(n => n is WordNode { Prefix: false, Field: null } w ? IndexAnalysis.Terms(SearchFields.Exact, w.Text) : []).ToList();
        var near = new ClauseSumQuery();
        for (var i = 0; i + 1 < terms.Count; i++)
        {
            if (terms[i].Count != 1 || terms[i + 1].Count != 1)
            {
                continue;
            }
            foreach (var field in new[] { SearchFields.Exact, SearchFields.Title })
            {
                var phrase = new PhraseQuery { Slop = ProximitySlop, Boost = ProximityBoost };
                phrase.Add(new Term(field, terms[i][0]));
                phrase.Add(new Term(field, terms[i + 1][0]));
                near.Add(phrase);
            }
        }
        return near.Clauses.Count == 0 ? null : near;
    }
}
