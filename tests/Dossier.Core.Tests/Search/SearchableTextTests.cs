using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Core.Tests.Search;

public sealed class SearchableTextTests
{
    [Fact]
    public void Should_read_the_layers_then_the_description_then_the_footnotes()
    {
        var record = new ArchiveRecord
        {
            Title = "Letter to Khrushchev",
            Summary = "Pishevari asks to return.",
            Citation = "RGANI, fond 5, opis 28, delo 347",
            PlaceOfWriting = "  ",
            People = [new EntityLink { Name = "Pishevari, Jafar" }],
            Places = [new EntityLink { Name = "Tabriz" }],
            Organisations = [new EntityLink { Name = "Central Committee of the CPSU" }],
            Subjects = ["Emigration"],
            Layers =
            [
                new TextLayer { Lang = "ru", Text = "Дорогой Никита Сергеевич", Notes = [new LayerNote { Text = "РГАНИ, ф. 5" }, new LayerNote { Text = "Подлинник" }] },
                new TextLayer { Lang = "en", Text = "Dear Nikita Sergeyevich" },
            ],
        };

        Assert.Equal(
            [
                "Дорогой Никита Сергеевич",
                "Dear Nikita Sergeyevich",
                "Letter to Khrushchev \n Pishevari asks to return. \n RGANI, fond 5, opis 28, delo 347 \n Pishevari, Jafar \n Tabriz \n Central Committee of the CPSU \n Emigration",
                "РГАНИ, ф. 5 \n Подлинник",
            ],
            SearchableText.All(record));
        Assert.Equal(["Pishevari asks to return.", "RGANI, fond 5, opis 28, delo 347", "Pishevari, Jafar", "Tabriz", "Central Committee of the CPSU", "Emigration"], SearchableText.Describing(record));
    }

    [Fact]
    public void Should_read_a_huge_layer_only_as_far_as_the_index_holds_it()
    {
        var text = string.Concat(Enumerable.Repeat("word ", (ImportLimits.IndexedLayerLength / 5) + 100));
        var layer = new TextLayer { Text = text, Notes = [new LayerNote { Text = text }] };

        var read = SearchableText.Layer(layer);

        Assert.Equal(ImportLimits.SearchableLength(text), read.Length);
        Assert.True(read.Length <= ImportLimits.IndexedLayerLength);
        Assert.Equal(text[..read.Length], read);
        Assert.True(SearchableText.Notes(layer).Length <= ImportLimits.IndexedLayerLength);
    }
}
