using System.Text;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>
/// Issue 15's memory goal: the index holds the first <see cref="ImportLimits.IndexedLayerLength"/> characters of a
/// layer. Words past the cut are not searchable; the layers after a cut one are searched and shown as before.
/// </summary>
public sealed class IndexedLayerLengthTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_index_a_long_layer_up_to_the_cut_and_keep_the_next_layer_searchable_with_its_snippet()
    {
        var filler = new StringBuilder("the opening word is Aldebaran. ");
        while (filler.Length < ImportLimits.IndexedLayerLength + 10_000)
        {
            filler.Append("a long report of the harvest and the weather in the valley. ");
        }
        filler.Append("the closing word is Betelgeuse.");
        using var archive = new IndexedArchive();
        await archive.AddAsync([
            SyntheticRecords.Make("long", filler.ToString(),
                more: new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = "a short note about Canopus and the harbour" }),
        ]);

        var opening = await archive.Index.SearchAsync(new SearchRequest { Query = "Aldebaran" }, Cancel);
        var closing = await archive.Index.SearchAsync(new SearchRequest { Query = "Betelgeuse" }, Cancel);
        var next = await archive.Index.SearchAsync(new SearchRequest { Query = "Canopus" }, Cancel);

        Assert.Equal(["long"], opening.Hits.Select(h => h.SourceId));
        Assert.Empty(closing.Hits);
        var hit = Assert.Single(next.Hits);
        Assert.Contains(hit.Snippets, s => s.LayerIndex == 1 && s.Text.Contains("Canopus", StringComparison.Ordinal) && s.Text.Contains("harbour", StringComparison.Ordinal));
    }
}
