using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dossier.Search.Querying;

/// <summary>
/// Ranked retrieval for words typed side by side (no AND): one scoring model for queries of any length.
/// Each word is optional and scored over its fields (title ≫ exact ≫ stem ≫ romanized ≫ authority ≫ key ≫ fuzzy);
/// <see cref="RankingSimilarity"/> multiplies by coordination, so records with more of the words come first;
/// neighbouring words standing close together in a record add a proximity score ("Harding, Sir John" meets
/// "Sir John Harding"). A query of one or two words still needs all of them (a name and a word stay precise:
/// "Pishevari Kennedy" finds nothing); from three words on, <see cref="RequiredShare"/> of them.
/// </summary>
internal sealed partial class SearchQueryBuilder
{
    public const float ProximityBoost = 2f;
    public const int ProximitySlop = 6;
    public const float AuthorityHeadingBoost = 3f;
    private const int MaxHeadingNameWords = 6;

    /// <summary>Share of a longer query's words a record must hold (at least one).</summary>
    public const double RequiredShare = 0.0;

    /// <summary>How many of the ranked query's words a record must hold; all of them for one or two.</summary>
    public static int Required(int words) => words <= 2 ? words : Math.Max(1, (int)Math.Ceiling(words * RequiredShare));

    /// <summary>The words of the last ranked query built (0 when the query was not ranked).</summary>
    public int RankedWords { get; private set; }

    /// <summary>The query requiring every ranked word, to tell whether any record holds them all; null when not ranked or already strict.</summary>
    public Query? Strict { get; private set; }

    private Query? BuildRanked(AndNode and, bool negated)
    {
        var parts = new List<QueryNode>();
        var excluded = new List<QueryNode>();
        var filters = new List<QueryNode>();
        Flatten(and, parts, excluded, filters);
        var words = parts.Select(p => (Node: p, Ignorable: p is WordNode { Prefix: false } w && HeadingWords.IsIgnorable(w.Text))).ToList();
        if (words.Any(w => !w.Ignorable))
        {
            words.RemoveAll(w => w.Ignorable);
        }
        var clauses = new List<Query>();
        foreach (var (node, _) in words)
        {
            if (Build(node, negated) is { } clause)
            {
                clauses.Add(clause);
            }
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
        if (clauses.Count > 0)
        {
            // "Stevenson, Adlai": a heading's inverted name needs its surname; the given name only ranks.
            var inverted = clauses.Count <= 2 && words.Count == clauses.Count && words[0].Node is WordNode { Text: var head } && head.EndsWith(',');
            var core = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = inverted ? 0 : Required(clauses.Count) };
            for (var i = 0; i < clauses.Count; i++)
            {
                core.Add(clauses[i], inverted && i == 0 ? Occur.MUST : Occur.SHOULD);
            }
            query.Add(core, Occur.MUST);
            if (Proximity(words.Select(w => w.Node).ToList()) is { } near)
            {
                query.Add(near, Occur.SHOULD);
            }
            if (!negated && HeadingAuthority(parts) is { } authority)
            {
                query.Add(authority, Occur.SHOULD);
            }
            if (!negated && clauses.Count > Required(clauses.Count))
            {
                RankedWords = clauses.Count;
                Strict = new BooleanQuery(disableCoord: true);
                foreach (var clause in clauses)
                {
                    ((BooleanQuery)Strict).Add(clause, Occur.MUST);
                }
            }
        }
        else if (query.Clauses.Count > 0 && query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>Implicit groups ("(see also; under Turkey)") join the heading's words; exclusions and filters are set apart.</summary>
    private static void Flatten(AndNode and, List<QueryNode> parts, List<QueryNode> excluded, List<QueryNode> filters)
    {
        foreach (var item in and.Items)
        {
            switch (item)
            {
                case AndNode { Required: false } group:
                    Flatten(group, parts, excluded, filters);
                    break;
                case NotNode not:
                    excluded.Add(not.Inner);
                    break;
                case FilterNode or DateRangeNode:
                    filters.Add(item);
                    break;
                default:
                    parts.Add(item);
                    break;
            }
        }
    }

    /// <summary>
    /// A heading that begins with a person's or place's authority name as the authority writes it ("Strauss, Lewis L.
    /// Atomic energy"): records linked to that authority rank higher. The longest such beginning counts.
    /// </summary>
    private Query? HeadingAuthority(List<QueryNode> parts)
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
                var term = id.ToLowerInvariant();
                return new BooleanQuery(disableCoord: true)
                {
                    { new TermQuery(new Term(IndexFields.Person, term)) { Boost = AuthorityHeadingBoost }, Occur.SHOULD },
                    { new TermQuery(new Term(IndexFields.Place, term)) { Boost = AuthorityHeadingBoost }, Occur.SHOULD },
                };
            }
        }
        return null;
    }

    /// <summary>Each pair of neighbouring typed words, near each other in either order, in the exact or title field.</summary>
    private static Query? Proximity(List<QueryNode> nodes)
    {
        var terms = nodes.Select(n => n is WordNode { Prefix: false, Field: null } w ? IndexAnalysis.Terms(SearchFields.Exact, w.Text) : []).ToList();
        var near = new BooleanQuery(disableCoord: true);
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
                near.Add(phrase, Occur.SHOULD);
            }
        }
        return near.Clauses.Count == 0 ? null : near;
    }
}
