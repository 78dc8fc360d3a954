using CsCheck;
using Dossier.Search.Facets;

namespace Dossier.Search.Tests.Facets;

/// <summary>A facet's values shown: the most counted, most first, ties to the lower ordinal, as a full sort gives them.</summary>
public sealed class CommonestValuesTests
{
    [Fact]
    public void Should_keep_the_values_a_full_sort_keeps_in_its_order()
    {
        // Small counts, so ties at the cut are common; a limit above, at and below the values counted.
        Gen.Select(Gen.Int[0, 6].Array[0, 300], Gen.Int[0, 60]).Sample((totals, limit) =>
        {
            var sorted = Enumerable.Range(0, totals.Length).Where(o => totals[o] > 0)
                .OrderByDescending(o => totals[o]).ThenBy(o => o).Take(limit).ToList();

            Assert.Equal(sorted, FacetCountingCollector.Commonest(totals, totals.Length, limit));
        }, iter: 2000);
    }

    [Fact]
    public void Should_read_only_the_values_counted_for_the_facet()
    {
        // The rented array is longer than the facet's values: what lies past them is not the facet's.
        int[] totals = [0, 3, 1, 3, 9, 9];

        Assert.Equal([1, 3, 2], FacetCountingCollector.Commonest(totals, 4, 10));
        Assert.Equal([1], FacetCountingCollector.Commonest(totals, 4, 1));
        Assert.Empty(FacetCountingCollector.Commonest(totals, 4, 0));
    }
}
