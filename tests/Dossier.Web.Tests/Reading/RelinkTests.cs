using System.Net;
using System.Text.RegularExpressions;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Names;
using Dossier.Core.Records;
using Dossier.Hosting;
using Dossier.Testing;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Reading;

/// <summary>
/// The model record imported before the edition whose authority files name its people: the archive's import links it
/// afterwards (the relink pass), so it reaches Khrushchev's page whichever came first.
/// </summary>
public sealed class RelinkTests
{
    private const string ModelTitle = "Letter to CPSU Central Committee Secretary Khrushchev";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_link_the_model_record_to_khrushchev_when_it_was_imported_before_the_authority_files()
    {
        using var folder = new TempFolder("dossier-relink");
        await using var archive = await ArchiveFactory.OpenAsync(folder.File("data"), cancellationToken: Cancel);
        var first = await archive.ImportAsync([Shared.ModelRecord], new ImportOptions(), cancellationToken: Cancel);
        var model = Assert.Single(first.Ids);
        var alone = await NamesAsync(archive, (await archive.Store.Records.FindAsync(model, Cancel))!.People);
        Assert.DoesNotContain(alone, n => n.StartsWith("Khrushchev,", StringComparison.Ordinal));

        var second = await archive.ImportAsync([Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions(), cancellationToken: Cancel);

        var record = await archive.Store.Records.FindAsync(model, Cancel);
        var people = await NamesAsync(archive, record!.People);
        var places = await NamesAsync(archive, record.Places);
        Assert.Contains(people, n => n.StartsWith("Khrushchev,", StringComparison.Ordinal));
        Assert.Contains(people, n => n.StartsWith("Pishevari", StringComparison.Ordinal));
        Assert.Contains("Baku", places);
        Assert.Contains("Tabriz", places);

        await using var app = ReadingRoom.Build(archive, "http://127.0.0.1:0");
        await app.StartAsync(Cancel);
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(app.Urls.First()) };
        var list = await client.GetPageAsync("/people?q=Khrushchev");
        var link = Regex.Match(list, "href=\"(/people/[a-z0-9]+)\">Khrushchev,");
        Assert.True(link.Success, "/people?q=Khrushchev should list Khrushchev");
        var page = await client.GetPageAsync(link.Groups[1].Value);
        Assert.Contains(ModelTitle, page, StringComparison.Ordinal);
        Assert.Contains(model, second.Relinked);
        await app.StopAsync(Cancel);
    }

    [Fact]
    public async Task Should_leave_alone_a_record_whose_links_the_recogniser_did_not_set()
    {
        using var folder = new TempFolder("dossier-relink-kept");
        await using var archive = await ArchiveFactory.OpenAsync(folder.File("data"), cancellationToken: Cancel);
        await archive.ImportAsync([Shared.ModelRecord], new ImportOptions(), cancellationToken: Cancel);
        var model = (await archive.Store.Records.ListAsync(0, 1, Cancel))[0].Id;
        // As an editor's save or Dossier's own JSON Lines leaves it: links not the recogniser's.
        var record = (await archive.Store.Records.FindAsync(model, Cancel))!;
        record.NamesLinkedBy = null;
        await archive.WriteAsync((store, token) => store.Records.UpsertAsync([record], token), Cancel);
        var before = RecordJson.Serialize(record);

        var second = await archive.ImportAsync([Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions(), cancellationToken: Cancel);
        var full = await archive.WriteAsync((store, token) => new NameRelinker(store).RelinkAsync(NameSnapshot.Empty, null, token), Cancel);

        Assert.DoesNotContain(model, second.Relinked);
        Assert.DoesNotContain(model, full.Relinked);
        Assert.Equal(before, RecordJson.Serialize((await archive.Store.Records.FindAsync(model, Cancel))!));
    }

    [Fact]
    public async Task Should_leave_alone_a_record_an_editor_wrote_a_version_of_even_with_the_recognisers_links()
    {
        using var folder = new TempFolder("dossier-relink-edited");
        await using var archive = await ArchiveFactory.OpenAsync(folder.File("data"), cancellationToken: Cancel);
        await archive.ImportAsync([Shared.ModelRecord], new ImportOptions(), cancellationToken: Cancel);
        var model = (await archive.Store.Records.ListAsync(0, 1, Cancel))[0].Id;
        var record = (await archive.Store.Records.FindAsync(model, Cancel))!;
        Assert.Equal(NameLinker.Recogniser, record.NamesLinkedBy);
        // An editor's version that leaves the recogniser's links as they were: the record is the editor's now.
        record.Title += " (edited)";
        var versions = ((Dossier.Core.Editing.IVersionedStore)archive.Store).Versions;
        var write = await archive.WriteAsync((_, token) => versions.WriteAsync(new Dossier.Core.Editing.VersionedEdit(record, null, "editor", Dossier.Core.Editing.EditAction.Saved), token), Cancel);
        Assert.Equal(Dossier.Core.Editing.EditOutcome.Saved, write.Outcome);
        var before = RecordJson.Serialize((await archive.Store.Records.FindAsync(model, Cancel))!);

        var second = await archive.ImportAsync([Shared.PathTo("corpora/frus/tei-mini")], new ImportOptions(), cancellationToken: Cancel);
        var full = await archive.WriteAsync((store, token) => new NameRelinker(store).RelinkAsync(NameSnapshot.Empty, null, token), Cancel);

        Assert.DoesNotContain(model, second.Relinked);
        Assert.DoesNotContain(model, full.Relinked);
        Assert.Equal(before, RecordJson.Serialize((await archive.Store.Records.FindAsync(model, Cancel))!));
    }

    private static async Task<List<string>> NamesAsync(Archive archive, List<EntityLink> links)
    {
        var names = new List<string>();
        foreach (var link in links.Where(l => l.AuthorityId is not null))
        {
            names.Add((await archive.Store.Authorities.FindAsync(link.AuthorityId!, Cancel))?.PreferredName ?? "");
        }
        return names;
    }
}
