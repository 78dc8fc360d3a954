using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Importing;
using Dossier.Core.Names;
using Dossier.Core.Records;
using Dossier.Storage;
using Dossier.Storage.Providers.Sqlite;
using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Core.Tests.Names;

/// <summary>
/// An archive's first import stores its records without linking names and links each once, with every name the import
/// brought (issue 9: the import's relinking recognised every record a second time); a later import links as it stores.
/// On the real SQLite store, through <see cref="Archive.ImportAsync(IEnumerable{string}, ImportOptions, IProgress{ImportProgress}?, CancellationToken)"/>.
/// </summary>
public sealed class FirstImportLinkingTests : IAsyncLifetime
{
    private const string Source = "Invented Archive";
    private readonly TempFolder _folder = new();
    private SqliteArchiveStore _store = null!;
    private Archive _archive = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = await StoreFactory.OpenAsync(_folder.File("data"), cancellationToken: Cancel);
        _archive = new Archive(_folder.File("data"), _store, null, null, [new NamesReader()], [], TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Should_store_a_first_import_unlinked_then_link_every_record_with_the_names_of_every_file()
    {
        // The letter comes before the file that names its people.
        var letters = File("a.names", "r1|Molotov received Pishevari on Tuesday.", "r2|The harbour froze.");
        var people = File("b.names", "P:Molotov", "P:Pishevari");
        var stored = new StoredRecords(this, "r1");

        var report = await _archive.ImportAsync([letters, people], new ImportOptions(), stored, Cancel);

        // As each file was committed (its own, then the people's), r1 was the recogniser's to link, and not linked.
        Assert.Equal(2, stored.Seen.Count);
        Assert.All(stored.Seen, atStore =>
        {
            Assert.Equal(NameLinker.Recogniser, atStore.NamesLinkedBy);
            Assert.Empty(atStore.People);
            Assert.Null(atStore.NameSieve);
        });
        // Then linked once, with both people, and given its sieve; r2, naming nobody, only got its sieve.
        var r1 = (await _store.Records.FindAsync(Id("r1"), Cancel))!;
        Assert.Equal([Person("Molotov").Id, Person("Pishevari").Id], r1.People.Select(p => p.AuthorityId));
        Assert.Equal([Id("r1")], report.Relinked);
        Assert.NotNull(await SieveAsync("r1"));
        Assert.NotNull(await SieveAsync("r2"));
    }

    [Fact]
    public async Task Should_link_as_it_stores_once_the_archive_holds_records()
    {
        await _archive.ImportAsync([File("a.names", "P:Molotov", "r1|Molotov spoke.")], new ImportOptions(), null, Cancel);
        var stored = new StoredRecords(this, "r3");

        await _archive.ImportAsync([File("c.names", "r3|Molotov replied.")], new ImportOptions(), stored, Cancel);

        var atStore = Assert.Single(stored.Seen);
        Assert.Equal([Person("Molotov").Id], atStore.People.Select(p => p.AuthorityId));
        Assert.NotNull(atStore.NameSieve);
    }

    [Fact]
    public async Task Should_leave_the_linking_to_the_relinking_only_for_a_caller_that_relinks_an_empty_archive()
    {
        var options = new ImportOptions();
        Assert.True((await ImportAftercare.BeginAsync(_store, options, Cancel, mayLinkAfterwards: true)).LinksEveryRecord);
        // The workspace's drafting import, and a caller that does not finish with the aftercare.
        Assert.False((await ImportAftercare.BeginAsync(_store, options, Cancel)).LinksEveryRecord);
        Assert.False((await ImportAftercare.BeginAsync(_store, new ImportOptions { RecognizeNames = false }, Cancel, mayLinkAfterwards: true)).LinksEveryRecord);

        await _archive.ImportAsync([File("a.names", "r1|The harbour froze.")], options, null, Cancel);

        Assert.False((await ImportAftercare.BeginAsync(_store, options, Cancel, mayLinkAfterwards: true)).LinksEveryRecord);
    }

    private string File(string name, params string[] lines)
    {
        var path = _folder.File(name);
        System.IO.File.WriteAllLines(path, lines);
        return path;
    }

    private async Task<byte[]?> SieveAsync(string sourceId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.File("data"), "dossier.db")};Pooling=False");
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name_sieve FROM records WHERE id = $id";
        command.Parameters.AddWithValue("$id", Id(sourceId));
        return await command.ExecuteScalarAsync(Cancel) as byte[];
    }

    private static string Id(string sourceId) => RecordId.For(Source, sourceId);

    private static Authority Person(string heading) =>
        new() { Id = AuthorityId.For(AuthorityKind.Person, heading), Kind = AuthorityKind.Person, PreferredName = heading };

    /// <summary>Reads the record <paramref name="sourceId"/> from the store each time a file is reported stored (committed).</summary>
    private sealed class StoredRecords(FirstImportLinkingTests tests, string sourceId) : IProgress<ImportProgress>
    {
        public List<ArchiveRecord> Seen { get; } = [];

        public void Report(ImportProgress value)
        {
            // Reported in file order, once the file's transaction is committed and before the next file's begins.
            if (value.Stored && tests._store.Records.FindAsync(Id(sourceId)).GetAwaiter().GetResult() is { } record)
            {
                record.NameSieve = tests.SieveAsync(sourceId).GetAwaiter().GetResult();
                Seen.Add(record);
            }
        }
    }

    /// <summary>A line "P:Heading" is a person's authority, "source|text" a record with one English layer.</summary>
    private sealed class NamesReader : IRecordReader
    {
        public string Format => "names";

        public bool CanRead(string path, ReadOnlySpan<byte> head) => path.EndsWith(".names", StringComparison.Ordinal);

        public async Task ReadAsync(ImportSource source, IImportSink sink, CancellationToken cancellationToken = default)
        {
            foreach (var line in await System.IO.File.ReadAllLinesAsync(source.Path, cancellationToken))
            {
                if (line.StartsWith("P:", StringComparison.Ordinal))
                {
                    await sink.AddAuthorityAsync(Person(line[2..]), cancellationToken);
                    continue;
                }
                var (sourceId, text) = (line[..line.IndexOf('|', StringComparison.Ordinal)], line[(line.IndexOf('|', StringComparison.Ordinal) + 1)..]);
                await sink.AddRecordAsync(new ArchiveRecord
                {
                    Source = new SourceIdentifier { Archive = Source, RecordId = sourceId },
                    Title = "A letter " + sourceId,
                    Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = text }],
                }, cancellationToken);
            }
        }
    }
}
