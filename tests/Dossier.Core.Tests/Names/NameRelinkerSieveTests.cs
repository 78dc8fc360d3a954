using Dossier.Core.Authorities;
using Dossier.Core.Names;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Core.Tests.Names;

/// <summary>
/// After an import brings a new name, the relinking reads only the records whose sieve may hold it (issue 9: one file
/// into the 100 volumes read all 31,668 records back); a record stored without a sieve is read, and keeps the sieve
/// found. On the real SQLite store.
/// </summary>
public sealed class NameRelinkerSieveTests : IAsyncLifetime
{
    private const string Archive = "Invented Archive";
    private readonly TempFolder _folder = new();
    private SqliteArchiveStore _store = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = await StoreFactory.OpenAsync(_folder.Path, cancellationToken: Cancel);
        Authority[] known = [Person("Molotov"), Person("Stalin"), Person("Beria"), Person("Gromyko")];
        var linker = new NameLinker(NameGazetteer.Of(known));
        var records = new[]
        {
            Record("r1", "Molotov received Pishevari on Tuesday."),
            Record("r2", "Stalin wrote to Gromyko about the harbour."),
        };
        linker.Link(records);
        await using var transaction = await _store.BeginImportAsync(Cancel);
        await transaction.UpsertAuthoritiesAsync(known, Cancel);
        await transaction.UpsertRecordsAsync(records, Cancel);
        await transaction.CommitAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Should_relink_a_record_whose_sieve_holds_a_new_name()
    {
        var report = await RelinkAfterPishevariAsync();

        Assert.Equal([Id("r1")], report.Relinked);
        var r1 = (await _store.Records.FindAsync(Id("r1"), Cancel))!;
        Assert.Contains(r1.People, p => p.AuthorityId == AuthorityId.For(AuthorityKind.Person, "Pishevari"));
    }

    [Fact]
    public async Task Should_not_read_a_record_whose_sieve_lacks_every_new_name()
    {
        // A sieve that fits r1's texts but holds nothing: the relinking trusts it, and so never reads r1.
        var r1 = (await _store.Records.FindAsync(Id("r1"), Cancel))!;
        await SetSieveAsync("r1", NameSieve.Of([], r1.Layers));

        var report = await RelinkAfterPishevariAsync();

        Assert.Empty(report.Relinked);
        Assert.DoesNotContain((await _store.Records.FindAsync(Id("r1"), Cancel))!.People, p => p.Name == "Pishevari");
    }

    [Fact]
    public async Task Should_read_a_record_stored_without_a_sieve_and_keep_the_sieve_it_finds_without_rewriting_it()
    {
        await SetSieveAsync("r1", null);
        await SetSieveAsync("r2", null);
        var sequence = await _store.Records.LastSequenceAsync(Cancel);

        var report = await RelinkAfterPishevariAsync();

        Assert.Equal([Id("r1")], report.Relinked);
        // r1 was rewritten with its sieve; r2 only got one, and no change was recorded for it (the other change is Pishevari's authority).
        Assert.Equal([(RecordChangeKind.AuthoritiesChanged, ""), (RecordChangeKind.Upserted, Id("r1"))], (await _store.Records.ChangesAfterAsync(sequence, 10, Cancel)).Select(c => (c.Kind, c.RecordId)));
        var r2 = (await _store.Records.FindAsync(Id("r2"), Cancel))!;
        var sieve = Assert.IsType<byte[]>(await SieveAsync("r2"));
        Assert.Same(sieve, NameSieve.Fits(r2, sieve));
        Assert.True(NameSieve.MayHold(sieve, NameSieve.KeyForm(NameKey.For("Gromyko"))));
        Assert.NotNull(await SieveAsync("r1"));
    }

    [Fact]
    public async Task Should_give_no_sieve_to_a_record_whose_text_changed_after_linking_and_keep_it_through_a_rewrite_of_its_links()
    {
        var r2 = (await _store.Records.FindAsync(Id("r2"), Cancel))!;
        r2.Subjects.Add("Harbours");
        await _store.Records.UpsertAsync([r2], Cancel);
        Assert.NotNull(await SieveAsync("r2"));

        r2.Layers[0].Text += " Beria agreed.";
        await _store.Records.UpsertAsync([r2], Cancel);
        Assert.Null(await SieveAsync("r2"));

        r2.NamesLinkedBy = null;
        await _store.Records.UpsertAsync([r2], Cancel);
        Assert.Empty(Assert.IsType<byte[]>(await SieveAsync("r2")));
    }

    [Fact]
    public async Task Should_count_as_fresh_only_the_forms_a_new_spelling_brings_or_changes_the_answer_of()
    {
        var before = await NameSnapshot.TakeAsync(_store.Authorities, Cancel);
        var molotov = Person("Molotov");
        molotov.Variants.Add(new NameVariant { Name = "Молотов", Lang = "ru" });
        var gromyko = Person("Gromyko");
        gromyko.Variants.Add(new NameVariant { Name = "Andrei Gromyko" });
        var pishevari = Person("Pishevari");
        Assert.Equal(NameKey.For("Molotov"), NameKey.For("Молотов"));
        var gazetteer = NameGazetteer.Of([molotov, gromyko, pishevari, Person("Stalin"), Person("Beria")]);

        // The same key and skeleton, found by the same words as before: no record needs reading for it.
        Assert.Empty(before.FreshForms([molotov], gazetteer));
        // A forename tells namesakes apart: the surname's records may link otherwise now.
        Assert.Equal([NameSieve.KeyForm(NameKey.For("Gromyko")), NameSieve.SkeletonForm(NameForms.Skeleton(NameKey.For("Gromyko")))], before.FreshForms([gromyko], gazetteer).Order(StringComparer.Ordinal));
        // A new person: every form.
        Assert.Equal(NameGazetteer.Of([pishevari]).Lookups().Select(l => l.Form).ToHashSet(), before.FreshForms([pishevari], gazetteer));
        Assert.Contains(NameSieve.KeyForm(NameKey.For("Pishevari")), before.FreshForms([pishevari], gazetteer));
        // A namesake weighs the new spelling's person against the other: the shared surname's records may link otherwise.
        var namesake = new Authority { Id = "p-molotov-2", Kind = AuthorityKind.Person, PreferredName = "Molotov, Ivan" };
        Assert.Contains(NameSieve.KeyForm(NameKey.For("Molotov")), before.FreshForms([molotov], NameGazetteer.Of([molotov, namesake])));
    }

    private async Task<RelinkReport> RelinkAfterPishevariAsync()
    {
        var before = await NameSnapshot.TakeAsync(_store.Authorities, Cancel);
        await using (var transaction = await _store.BeginImportAsync(Cancel))
        {
            await transaction.UpsertAuthoritiesAsync([Person("Pishevari")], Cancel);
            await transaction.CommitAsync(Cancel);
        }
        return await new NameRelinker(_store).RelinkAsync(before, null, Cancel);
    }

    private async Task SetSieveAsync(string sourceId, byte[]? sieve)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, "dossier.db")};Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE records SET name_sieve = $sieve WHERE id = $id";
        command.Parameters.AddWithValue("$sieve", (object?)sieve ?? DBNull.Value);
        command.Parameters.AddWithValue("$id", Id(sourceId));
        Assert.Equal(1, await command.ExecuteNonQueryAsync(Cancel));
    }

    private async Task<byte[]?> SieveAsync(string sourceId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, "dossier.db")};Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name_sieve FROM records WHERE id = $id";
        command.Parameters.AddWithValue("$id", Id(sourceId));
        return await command.ExecuteScalarAsync(Cancel) as byte[];
    }

    private static string Id(string sourceId) => RecordId.For(Archive, sourceId);

    private static Authority Person(string heading) =>
        new() { Id = AuthorityId.For(AuthorityKind.Person, heading), Kind = AuthorityKind.Person, PreferredName = heading };

    private static ArchiveRecord Record(string sourceId, string text) => new()
    {
        Id = Id(sourceId),
        Source = new SourceIdentifier { Archive = Archive, RecordId = sourceId },
        Title = "A letter " + sourceId,
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = text }],
    };
}
