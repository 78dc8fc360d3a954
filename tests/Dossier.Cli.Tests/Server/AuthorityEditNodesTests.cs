using Dossier.Core.Authorities;
using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Core.Storage;
using Dossier.Hosting;
using Dossier.Testing;

namespace Dossier.Cli.Tests.Server;

/// <summary>
/// Two archives on one PostgreSQL database, each with its own search index, as two web nodes are: an editor's edit of
/// an authority on one (a spelling added, no record written) widens searches on the other once it follows the store, as
/// its index follower does every second. The other node had loaded the names before the edit, and kept them until a
/// record was written somewhere.
/// </summary>
public sealed class AuthorityEditNodesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_find_a_record_on_another_node_by_a_spelling_an_editor_added_to_its_person()
    {
        await using var database = TestDatabase.Create("authority-nodes");
        await using var a = await ArchiveFactory.OpenAsync(_folder.File("a"), Cancel, database: database.Url);
        await using var b = await ArchiveFactory.OpenAsync(_folder.File("b"), Cancel, database: database.Url);
        var person = new Authority { Id = AuthorityId.For(AuthorityKind.Person, "Quillfeather, Ambrose"), Kind = AuthorityKind.Person, PreferredName = "Quillfeather, Ambrose" };
        var record = new ArchiveRecord
        {
            Source = new SourceIdentifier { Archive = "Two node test", RecordId = "quillfeather-1" },
            Title = "A letter from the consul",
            Date = HistoricalDate.Year(1956),
            Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "Quillfeather wrote from the consulate about the harbour." }],
            People = [new EntityLink { Name = "Quillfeather", AuthorityId = person.Id }],
        };
        record.Id = RecordId.For(record.Source);
        await a.WriteAsync(async (store, token) =>
        {
            await store.Authorities.UpsertAsync([person], token);
            return await store.Records.UpsertAsync([record], token);
        }, Cancel);
        await b.Index!.CatchUpAsync(cancellationToken: Cancel);
        Assert.Equal(1, await TotalAsync(b, "Quillfeather"));
        // Node b has read the names: a spelling no text and no authority holds finds nothing.
        Assert.Equal(0, await TotalAsync(b, "Kvilfezer"));

        var edited = await new AuthorityWorkspace(a).EditAsync(new AuthorityEdit(person.Id, person.PreferredName, null, [new NameVariant { Name = "Kvilfezer, Ambroz", Lang = "ru-Latn" }]), Cancel);
        Assert.NotNull(edited);
        Assert.Equal(1, await TotalAsync(a, "Kvilfezer"));

        // Node b follows the store: the edit moved the change sequence, so it reads the names again.
        var followed = await b.Index.CatchUpAsync(cancellationToken: Cancel);
        Assert.Equal(1, await TotalAsync(b, "Kvilfezer"));
        Assert.True(followed > 0);
        Assert.Equal(await b.Store.Records.LastSequenceAsync(Cancel), b.Index.AppliedSequence);
        // A change of the authorities alone is followed once: the next look finds nothing new.
        Assert.Equal(0, await b.Index.CatchUpAsync(cancellationToken: Cancel));
    }

    private static async Task<long> TotalAsync(Core.Composition.Archive archive, string query) =>
        (await archive.Index!.SearchAsync(new SearchRequest { Query = query, Limit = 10, Snippets = 0 }, Cancel)).Total;
}
