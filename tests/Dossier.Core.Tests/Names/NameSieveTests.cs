using Dossier.Core.Authorities;
using Dossier.Core.Names;
using Dossier.Core.Records;

namespace Dossier.Core.Tests.Names;

/// <summary>
/// A record's name sieve holds every form the recogniser could look up in its texts, so a relinking may skip the
/// records whose sieve lacks every new form (issue 9); it belongs to the texts it was made from.
/// </summary>
public sealed class NameSieveTests
{
    [Fact]
    public void Should_hold_every_form_put_in_and_few_others()
    {
        var random = new Random(7);
        var forms = Enumerable.Range(0, 400).Select(_ => NameSieve.KeyForm(Word(random))).ToHashSet(StringComparer.Ordinal);
        var others = Enumerable.Range(0, 20_000).Select(_ => NameSieve.KeyForm(Word(random))).Where(f => !forms.Contains(f)).ToList();

        var sieve = NameSieve.Of(forms, [Layer("text")]);

        Assert.All(forms, f => Assert.True(NameSieve.MayHold(sieve, f), f));
        Assert.True(NameSieve.Ask(forms.Take(50).Concat(others.Take(50))).MayHoldAny(sieve));
        // About one in a million: a relinking asks every record about every new form.
        var wrong = others.Count(f => NameSieve.MayHold(sieve, f));
        Assert.True(wrong <= 1, $"{wrong} of {others.Count} forms not put in were held");
        Assert.False(NameSieve.Ask(others).MayHoldAny(sieve));
        Assert.True(sieve.Length < 8 + 2 + (forms.Count * 3), $"{sieve.Length} bytes for {forms.Count} forms");
    }

    [Fact]
    public void Should_hold_nothing_when_empty_or_not_the_recognisers()
    {
        Assert.False(NameSieve.MayHold(NameSieve.Of([], [Layer("text")]), NameSieve.KeyForm("pishevari")));
        Assert.False(NameSieve.MayHold(NameSieve.NotTheRecognisers, NameSieve.KeyForm("pishevari")));
    }

    [Fact]
    public void Should_say_perhaps_for_a_damaged_sieve()
    {
        var sieve = NameSieve.Of([NameSieve.KeyForm("pishevari"), NameSieve.KeyForm("tabriz")], [Layer("text")]);

        Assert.True(NameSieve.MayHold(sieve[..10], NameSieve.KeyForm("molotov")));
    }

    [Fact]
    public void Should_fit_a_record_only_while_its_texts_are_those_the_sieve_was_made_from()
    {
        var record = Linked("Cde. Pishevari went to Tabriz.", "Тов. Пишевери поехал в Тебриз.");
        var sieve = NameSieve.Of([NameSieve.KeyForm("pishevari")], record.Layers);

        Assert.Same(sieve, NameSieve.Fits(record, sieve));

        record.Layers[1].Text += " ";
        Assert.Null(NameSieve.Fits(record, sieve));

        // The same texts in the other order are other texts.
        var swapped = Linked("Тов. Пишевери поехал в Тебриз.", "Cde. Pishevari went to Tabriz.");
        Assert.Null(NameSieve.Fits(swapped, NameSieve.Of([], Linked("Cde. Pishevari went to Tabriz.", "Тов. Пишевери поехал в Тебриз.").Layers)));
    }

    [Fact]
    public void Should_mark_a_record_whose_links_are_not_the_recognisers()
    {
        var record = Linked("Cde. Pishevari went to Tabriz.");
        var sieve = NameSieve.Of([NameSieve.KeyForm("pishevari")], record.Layers);
        record.NamesLinkedBy = null;

        Assert.Same(NameSieve.NotTheRecognisers, NameSieve.Fits(record, sieve));
        Assert.Same(NameSieve.NotTheRecognisers, NameSieve.Fits(record, null));
    }

    [Fact]
    public void Should_give_a_linked_record_the_forms_of_its_capitalised_words_whether_the_gazetteer_knows_them_or_not()
    {
        var record = Record("Cde. Pishevari went to Тебризе with Molotov.");
        var linker = new NameLinker(NameGazetteer.Of([new Authority { Id = "p-molotov", Kind = AuthorityKind.Person, PreferredName = "Molotov" }]));

        linker.Link([record]);

        var sieve = Assert.IsType<byte[]>(record.NameSieve);
        Assert.Same(sieve, NameSieve.Fits(record, sieve));
        Assert.True(NameSieve.MayHold(sieve, NameSieve.KeyForm(NameKey.For("Molotov"))));
        Assert.True(NameSieve.MayHold(sieve, NameSieve.KeyForm(NameKey.For("Pishevari"))));
        // A Cyrillic word by its stem too (Тебризе → Тебриз), and a long word by its skeleton.
        Assert.True(NameSieve.MayHold(sieve, NameSieve.KeyForm(NameKey.For("Тебриз"))));
        Assert.True(NameSieve.MayHold(sieve, NameSieve.SkeletonForm(NameForms.Skeleton(NameKey.For("Pishevari")))));
        Assert.False(NameSieve.MayHold(sieve, NameSieve.KeyForm(NameKey.For("Khrushchev"))));
        // Lower-case words are no names.
        Assert.False(NameSieve.MayHold(sieve, NameSieve.KeyForm(NameKey.For("went"))));
    }

    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, random.Next(4, 12)).Select(_ => (char)('a' + random.Next(26))));

    private static TextLayer Layer(string text) => new() { Kind = LayerKind.Transcription, Lang = "en", Text = text };

    private static ArchiveRecord Record(params string[] texts) => new()
    {
        Id = "r1",
        Source = new SourceIdentifier { Archive = "Invented Archive", RecordId = "r1" },
        Title = "A letter",
        Layers = texts.Select(Layer).ToList(),
    };

    private static ArchiveRecord Linked(params string[] texts)
    {
        var record = Record(texts);
        record.NamesLinkedBy = NameLinker.Recogniser;
        return record;
    }
}
