using CsCheck;
using Dossier.Search.Querying;
using Dossier.Search.Snippets;

namespace Dossier.Search.Tests.Snippets;

/// <summary>
/// A layer's matches, one per span, as snippets read them: the best kind of each span (of equals, the first matched), in
/// order of start, spans starting together in the order first matched, as grouping the matches by span gave them.
/// </summary>
public sealed class SpanDeduplicationTests
{
    [Fact]
    public void Should_keep_per_span_what_grouping_by_span_kept_in_its_order()
    {
        // Few starts, ends, words and kinds, so spans repeat, start together and tie on kind.
        var match = Gen.Select(Gen.Int[0, 8], Gen.Int[1, 3], Gen.Int[0, 3], Gen.Int[0, 6]).Select((start, length, word, kind) => new LayerMatch(0, start, start + length, word, (MatchKind)kind));
        match.List[0, 60].Sample(matches =>
        {
            var grouped = matches.GroupBy(m => (m.Start, m.End)).Select(g => g.MinBy(m => m.Kind)).OrderBy(m => m.Start).ToList();

            Assert.Equal(grouped, HitExplainer.Deduplicate(matches));
        }, iter: 2000);
    }

    [Fact]
    public void Should_keep_the_first_match_of_the_best_kind_and_order_spans_starting_together_as_first_matched()
    {
        LayerMatch[] matches =
        [
            new(0, 10, 14, 0, MatchKind.Latin),
            new(0, 10, 12, 1, MatchKind.Stem),
            new(0, 10, 14, 2, MatchKind.Exact),
            new(0, 2, 5, 3, MatchKind.Key),
            new(0, 10, 14, 4, MatchKind.Exact),
        ];

        Assert.Equal(
            [new(0, 2, 5, 3, MatchKind.Key), new(0, 10, 14, 2, MatchKind.Exact), new(0, 10, 12, 1, MatchKind.Stem)],
            HitExplainer.Deduplicate(matches));
    }
}
