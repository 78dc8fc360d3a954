using Dossier.Core.Authorities;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Storage;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;

namespace Dossier.Core.Tests.Authorities;

/// <summary>Tidying person authorities on the real SQLite store: strong duplicates merged, the rest left as proposals.</summary>
public sealed class AuthorityCurationTests : IAsyncLifetime
{
    private const string Archive = "Invented Archive";
    private readonly TempFolder _folder = new();
    private SqliteArchiveStore _store = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = await StoreFactory.OpenAsync(_folder.Path, cancellationToken: Cancel);
        await using var transaction = await _store.BeginImportAsync(Cancel);
        await transaction.UpsertAuthoritiesAsync(
            [
                Person("Khrushchev, Nikita S.", "Chairman of the Council of Ministers of the Soviet Union", "Khru-shchev", "Khrushchev"),
                Person("Khrushchev, Nikita Sergeyevich", "First Secretary of the CPSU"),
                Person("Kennedy", "President of the United States"),
                Person("Kennedy, John F.", "President of the United States until November 22, 1963"),
                Person("Kennedy, Robert F.", "Attorney General of the United States"),
                Person("Thompson, Llewellyn E., Jr.", null),
                Person("Thompson, Llewellyn E.", null),
            ],
            Cancel);
        await transaction.UpsertRecordsAsync(
            [
                Record("r1", "Khrushchev, Nikita S."), Record("r2", "Khrushchev, Nikita S."), Record("r3", "Khrushchev, Nikita Sergeyevich"),
                Record("r4", "Kennedy"), Record("r5", "Kennedy, John F."),
            ],
            Cancel);
        await transaction.CommitAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Should_merge_strong_duplicates_into_the_more_cited_and_leave_the_rest_proposed()
    {
        var report = await new AuthorityCuration(_store).TidyAsync(Cancel);

        Assert.Equal(2, report.Merged.Count);
        var khrushchev = await _store.Authorities.FindAsync(Id("Khrushchev, Nikita S."), Cancel);
        Assert.NotNull(khrushchev);
        Assert.Null(await _store.Authorities.FindAsync(Id("Khrushchev, Nikita Sergeyevich"), Cancel));
        Assert.Equal(3, (await _store.Authorities.RecordIdsCitingAsync(khrushchev.Id, Cancel)).Count);
        Assert.Contains(khrushchev.Variants, v => v.Name == "Khrushchev, Nikita Sergeyevich");
        Assert.Contains(khrushchev.Variants, v => v.Name == "Хрущев" && v.Lang == "ru");
        Assert.DoesNotContain(khrushchev.Variants, v => v.Name == "Khru-shchev");

        Assert.Null(await _store.Authorities.FindAsync(Id("Kennedy"), Cancel));
        Assert.Equal(2, (await _store.Authorities.RecordIdsCitingAsync(Id("Kennedy, John F."), Cancel)).Count);
        Assert.NotNull(await _store.Authorities.FindAsync(Id("Kennedy, Robert F."), Cancel));

        var left = await new AuthorityService(_store).ProposeMergesAsync(cancellationToken: Cancel);
        var thompson = Assert.Single(left);
        Assert.StartsWith("Thompson", thompson.KeepName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_merge_only_the_strong_duplicates_that_name_someone_in_scope()
    {
        var report = await new AuthorityCuration(_store).TidyAsync(new HashSet<string>(StringComparer.Ordinal) { Id("Kennedy") }, Cancel);

        var merged = Assert.Single(report.Merged);
        Assert.Equal((Id("Kennedy, John F."), Id("Kennedy")), (merged.KeepId, merged.MergeId));
        // As strong a pair as the Kennedys, but neither is in scope.
        Assert.NotNull(await _store.Authorities.FindAsync(Id("Khrushchev, Nikita Sergeyevich"), Cancel));
    }

    [Fact]
    public async Task Should_leave_after_an_import_the_duplicates_it_does_not_name()
    {
        var aftercare = await ImportAftercare.BeginAsync(_store, new ImportOptions(), Cancel);
        await using (var transaction = await _store.BeginImportAsync(Cancel))
        {
            // What one file brings: a person already known under a shorter heading, and a record naming them.
            await transaction.UpsertAuthoritiesAsync([Person("Kennedy, Robert Francis", "Attorney General of the United States")], Cancel);
            await transaction.UpsertRecordsAsync([Record("r6", "Kennedy, Robert Francis")], Cancel);
            await transaction.CommitAsync(Cancel);
        }
        var report = new ImportReport { Files = 1 };

        await aftercare.FinishAsync(report, Cancel);

        var merged = Assert.Single(report.Curation!.Merged);
        Assert.Contains(Id("Kennedy, Robert Francis"), new[] { merged.KeepId, merged.MergeId });
        Assert.NotNull(await _store.Authorities.FindAsync(Id("Khrushchev, Nikita Sergeyevich"), Cancel));
        Assert.NotNull(await _store.Authorities.FindAsync(Id("Kennedy"), Cancel));
        // The whole archive's tidy still merges them.
        Assert.Equal(2, (await new AuthorityCuration(_store).TidyAsync(Cancel)).Merged.Count);
    }

    [Fact]
    public async Task Should_link_an_imported_record_again_against_the_people_as_merged_so_that_it_is_rewritten_once()
    {
        var aftercare = await ImportAftercare.BeginAsync(_store, new ImportOptions(), Cancel);
        // What one file brings: a spelling of a person with a strong duplicate, a new person, and a record the import linked
        // as the people stood (to the duplicate, by that spelling) that names the new person too.
        await using (var transaction = await _store.BeginImportAsync(Cancel))
        {
            await transaction.UpsertAuthoritiesAsync([Person("Khrushchev, Nikita Sergeyevich", null, "Kukuruznik")], Cancel);
            await transaction.CommitAsync(Cancel);
        }
        var record = new ArchiveRecord
        {
            Id = RecordId.For(Archive, "r7"),
            Source = new SourceIdentifier { Archive = Archive, RecordId = "r7" },
            Title = "An invented letter",
            Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "Kukuruznik spoke at length; Bulganin said nothing." }],
        };
        (await Core.Names.NameLinker.LoadAsync(_store.Authorities, Cancel)).Link([record]);
        Assert.Equal([Id("Khrushchev, Nikita Sergeyevich")], record.People.Select(p => p.AuthorityId));
        await using (var transaction = await _store.BeginImportAsync(Cancel))
        {
            await transaction.UpsertAuthoritiesAsync([Person("Bulganin, Nikolai A.", null)], Cancel);
            await transaction.UpsertRecordsAsync([record], Cancel);
            await transaction.CommitAsync(Cancel);
        }
        var imported = await _store.Records.LastSequenceAsync(Cancel);
        var report = new ImportReport { Files = 1 };

        await aftercare.FinishAsync(report, Cancel);

        Assert.Contains(report.Curation!.Merged, m => (m.KeepId, m.MergeId) == (Id("Khrushchev, Nikita S."), Id("Khrushchev, Nikita Sergeyevich")));
        Assert.Null(await _store.Authorities.FindAsync(Id("Khrushchev, Nikita Sergeyevich"), Cancel));
        var linked = (await _store.Records.FindAsync(record.Id, Cancel))!;
        Assert.Equal([Id("Bulganin, Nikolai A."), Id("Khrushchev, Nikita S.")], linked.People.Select(p => p.AuthorityId).Order(StringComparer.Ordinal));
        // Linked again once, against the people as merged; the merge then rewrote only the record the linking leaves alone.
        var changes = await _store.Records.ChangesAfterAsync(imported, 100, Cancel);
        Assert.Single(changes, c => c.RecordId == record.Id);
        Assert.Contains(report.Relinked, id => id == record.Id);
        Assert.Contains(changes, c => c.RecordId == RecordId.For(Archive, "r3"));
    }

    [Fact]
    public async Task Should_keep_junk_spellings_out_of_the_store_on_every_write()
    {
        var stored = await _store.Authorities.FindAsync(Id("Khrushchev, Nikita S."), Cancel);

        Assert.DoesNotContain(stored!.Variants, v => v.Name == "Khru-shchev");
    }

    [Fact]
    public async Task Should_show_search_only_authorities_and_spellings_public_records_give()
    {
        await using (var transaction = await _store.BeginImportAsync(Cancel))
        {
            var draft = Record("draft", "Kennedy, Robert F.");
            draft.Status = RecordStatus.Draft;
            await transaction.UpsertRecordsAsync([draft], Cancel);
            await transaction.UpsertAuthoritiesAsync([PersonSeen("Kennedy, John F.", ("Jack Kennedy", draft.Id))], Cancel);
            await transaction.CommitAsync(Cancel);
        }

        var shown = await _store.Authorities.PublicAsync(AuthorityKind.Person, DateTimeOffset.UtcNow, Cancel);

        Assert.DoesNotContain(shown, a => a.PreferredName == "Kennedy, Robert F.");
        var john = Assert.Single(shown, a => a.PreferredName == "Kennedy, John F.");
        Assert.DoesNotContain(john.Variants, v => v.Name == "Jack Kennedy");
        Assert.Contains(shown, a => a.PreferredName == "Khrushchev, Nikita S.");
    }

    private static string Id(string heading) => AuthorityId.For(AuthorityKind.Person, heading);

    private static Authority Person(string heading, string? description, params string[] variants) =>
        Build(heading, description, variants.Select(v => (v, (string?)null)).ToArray());

    private static Authority PersonSeen(string heading, params (string Name, string? Source)[] variants) => Build(heading, null, variants);

    private static Authority Build(string heading, string? description, (string Name, string? Source)[] variants) => new()
    {
        Id = Id(heading),
        Kind = AuthorityKind.Person,
        PreferredName = heading,
        Description = description,
        Variants = variants.Select(v => new NameVariant { Name = v.Name, Source = v.Source }).ToList(),
    };

    private static ArchiveRecord Record(string sourceId, string heading) => new()
    {
        Id = RecordId.For(Archive, sourceId),
        Source = new SourceIdentifier { Archive = Archive, RecordId = sourceId },
        Title = "An invented record",
        People = [new EntityLink { Name = heading, AuthorityId = Id(heading) }],
    };
}
