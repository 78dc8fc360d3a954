using System.Net;
using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Testing;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli.Tests;

/// <summary>
/// Issue 15, item 1: a record the index cannot hold, forced into the store behind the guard's back, must not stop
/// any command or the server; it is reported, and `delete` removes it.
/// </summary>
public sealed class PoisonRecordTests : IDisposable
{
    private static readonly string[] Words = ["Aldebaran", "Betelgeuse", "Canopus", "Deneb", "Electra", "Fomalhaut"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_keep_every_command_and_the_server_working_around_a_poison_record_and_let_delete_remove_it()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var data = _folder.File("data");
        var input = _folder.File("records.jsonl");
        await File.WriteAllLinesAsync(input, Words.Select((word, i) => RecordJson.Serialize(Record($"r{i}", $"Letter about {word}", "Diplomacy"))), cancellationToken);
        var imported = await DossierProcess.RunAsync("import", input, "--data", data);
        Assert.True(imported.ExitCode == 0, imported.Error);

        // Behind the guard's back: a 40,000-character id (no index term can hold it) and a subject of 80,000 UTF-8 bytes.
        var longId = "d" + new string('x', 40_000);
        Force(data, Record(longId, "Letter about Hadar", "Diplomacy", "poison-id"));
        Force(data, Record("dpoisonsubject", "Letter about Gacrux", string.Concat(Enumerable.Repeat("Ärger ", 13_334)), "poison-subject"));

        var list = await DossierProcess.RunAsync("list", "--json", "--data", data);
        Assert.True(list.ExitCode == 0, list.Error);
        using (var listed = JsonDocument.Parse(list.Output))
        {
            Assert.Equal(8, listed.RootElement.GetProperty("total").GetInt32());
        }
        var show = await DossierProcess.RunAsync("show", "poison-subject", "--data", data);
        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Contains("Gacrux", show.Output, StringComparison.Ordinal);
        foreach (var word in Words.Append("Gacrux"))
        {
            var search = await DossierProcess.RunAsync("search", word, "--json", "--data", data);
            Assert.True(search.ExitCode == 0, search.Error);
            using var found = JsonDocument.Parse(search.Output);
            Assert.Equal(1, found.RootElement.GetProperty("total").GetInt32());
        }
        var export = _folder.File("export.jsonl");
        var exported = await DossierProcess.RunAsync("export", "--format", "jsonl", "-o", export, "--data", data);
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Equal(8, File.ReadLines(export).Count());

        var reindex = await DossierProcess.RunAsync("reindex", "--data", data);
        Assert.True(reindex.ExitCode == 0, reindex.Error);
        Assert.Contains("skipped 1 record", reindex.Output, StringComparison.Ordinal);
        Assert.Contains("dxxxxxxxx", reindex.Output, StringComparison.Ordinal);

        var check = await DossierProcess.RunAsync("check", "--json", "--data", data);
        Assert.Equal(1, check.ExitCode);
        using (var report = JsonDocument.Parse(check.Output))
        {
            Assert.Equal(longId, Assert.Single(report.RootElement.GetProperty("skipped").EnumerateArray()).GetProperty("id").GetString());
            var over = report.RootElement.GetProperty("over_limits").EnumerateArray().Select(o => o.GetProperty("id").GetString()).ToList();
            Assert.Contains("dpoisonsubject", over);
            Assert.Contains(longId, over);
            Assert.Empty(report.RootElement.GetProperty("missing_from_index").EnumerateArray());
            Assert.Equal(7, report.RootElement.GetProperty("index_records").GetInt32());
        }

        var (server, url) = await DossierProcess.ServeAsync(data);
        await using (server)
        {
            using var http = new HttpClient { BaseAddress = url };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/", UriKind.Relative), cancellationToken)).StatusCode);
            using var hits = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/search?q=Canopus", UriKind.Relative), cancellationToken));
            Assert.Equal(1, hits.RootElement.GetProperty("total").GetInt32());
            using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health/index", UriKind.Relative), cancellationToken));
            Assert.Equal("degraded", health.RootElement.GetProperty("status").GetString());
            Assert.Equal(1, health.RootElement.GetProperty("skipped_count").GetInt32());
            Assert.StartsWith("dxxxx", health.RootElement.GetProperty("skipped")[0].GetProperty("id").GetString(), StringComparison.Ordinal);
        }

        var deleteById = await DossierProcess.RunAsync("delete", "poison-id", "--data", data);
        var deleteBySubject = await DossierProcess.RunAsync("delete", "dpoisonsubject", "--data", data);
        Assert.True(deleteById.ExitCode == 0, deleteById.Error);
        Assert.True(deleteBySubject.ExitCode == 0, deleteBySubject.Error);
        var gone = await DossierProcess.RunAsync("search", "Gacrux", "--json", "--data", data);
        using (var none = JsonDocument.Parse(gone.Output))
        {
            Assert.Equal(0, none.RootElement.GetProperty("total").GetInt32());
        }
        var clean = await DossierProcess.RunAsync("check", "--data", data);
        Assert.True(clean.ExitCode == 0, clean.Output + clean.Error);
        Assert.Contains("store: 6 records", clean.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_an_oversized_field_at_import_naming_file_and_field_and_write_nothing()
    {
        var data = _folder.File("data");
        var input = _folder.File("oversized.jsonl");
        await File.WriteAllLinesAsync(input,
            [RecordJson.Serialize(Record("r0", "Letter about Deneb", "Diplomacy")), RecordJson.Serialize(Record("r1", "Letter about Electra", new string('s', 40_000)))],
            TestContext.Current.CancellationToken);

        var import = await DossierProcess.RunAsync("import", input, "--data", data);
        var list = await DossierProcess.RunAsync("list", "--json", "--data", data);

        Assert.Equal(1, import.ExitCode);
        // Refused at the door by the reader (with its line); the store's own guard is proven in Storage.Tests.
        Assert.Contains(input + ":2: subjects[0]: 40,000 characters", import.Output + import.Error, StringComparison.Ordinal);
        using var listed = JsonDocument.Parse(list.Output);
        Assert.Equal(0, listed.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Should_skip_and_report_a_stored_record_whose_document_cannot_be_read()
    {
        var data = _folder.File("data");
        var input = _folder.File("records.jsonl");
        await File.WriteAllLinesAsync(input, Words.Select((word, i) => RecordJson.Serialize(Record($"r{i}", $"Letter about {word}", "Diplomacy"))), TestContext.Current.CancellationToken);
        Assert.Equal(0, (await DossierProcess.RunAsync("import", input, "--data", data)).ExitCode);
        Force(data, Record("dbrokendocument", "Letter about Hadar", "Diplomacy", "broken"), document: "{\"id\": \"dbrokendocument\", \"title\": [");

        var search = await DossierProcess.RunAsync("search", "Canopus", "--json", "--data", data);
        var check = await DossierProcess.RunAsync("check", "--json", "--data", data);

        Assert.True(search.ExitCode == 0, search.Error);
        using (var found = JsonDocument.Parse(search.Output))
        {
            Assert.Equal(1, found.RootElement.GetProperty("total").GetInt32());
        }
        Assert.Equal(1, check.ExitCode);
        using var report = JsonDocument.Parse(check.Output);
        var skipped = Assert.Single(report.RootElement.GetProperty("skipped").EnumerateArray());
        Assert.Equal("dbrokendocument", skipped.GetProperty("id").GetString());
        Assert.Contains("cannot be read", skipped.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("document", Assert.Single(report.RootElement.GetProperty("over_limits").EnumerateArray()).GetProperty("field").GetString());

        // A rebuild and an export carry on past it, and name it.
        var reindex = await DossierProcess.RunAsync("reindex", "--data", data);
        Assert.True(reindex.ExitCode == 0, reindex.Error);
        Assert.Contains("skipped 1 record", reindex.Output, StringComparison.Ordinal);
        Assert.Contains("dbrokendocument: the stored record cannot be read", reindex.Output, StringComparison.Ordinal);
        var export = _folder.File("export.jsonl");
        var exported = await DossierProcess.RunAsync("export", "--format", "jsonl", "-o", export, "--data", data);
        Assert.True(exported.ExitCode == 0, exported.Error);
        Assert.Contains("dbrokendocument: the stored record cannot be read", exported.Error, StringComparison.Ordinal);
        Assert.Equal(Words.Length, File.ReadLines(export).Count(l => l.Contains("Letter about", StringComparison.Ordinal)));
        var published = await DossierProcess.RunAsync("export", "--format", "dc", "--data", data);
        Assert.True(published.ExitCode == 0, published.Error);
        Assert.Contains("Fomalhaut", published.Output, StringComparison.Ordinal);
        var afterRebuild = await DossierProcess.RunAsync("check", "--json", "--data", data);
        Assert.Equal(1, afterRebuild.ExitCode);
        using (var rebuilt = JsonDocument.Parse(afterRebuild.Output))
        {
            Assert.Equal("dbrokendocument", Assert.Single(rebuilt.RootElement.GetProperty("skipped").EnumerateArray()).GetProperty("id").GetString());
            Assert.Equal(Words.Length, rebuilt.RootElement.GetProperty("index_records").GetInt32());
        }

        // The server starts, searches every other record and reports it on its health endpoint.
        var (server, url) = await DossierProcess.ServeAsync(data);
        await using (server)
        {
            using var http = new HttpClient { BaseAddress = url };
            var cancellationToken = TestContext.Current.CancellationToken;
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/", UriKind.Relative), cancellationToken)).StatusCode);
            foreach (var word in Words)
            {
                using var hits = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/search?q=" + word, UriKind.Relative), cancellationToken));
                Assert.Equal(1, hits.RootElement.GetProperty("total").GetInt32());
            }
            using var health = JsonDocument.Parse(await http.GetStringAsync(new Uri("/health/index", UriKind.Relative), cancellationToken));
            Assert.Equal("degraded", health.RootElement.GetProperty("status").GetString());
            Assert.Equal("dbrokendocument", health.RootElement.GetProperty("skipped")[0].GetProperty("id").GetString());
        }

        Assert.Equal(0, (await DossierProcess.RunAsync("delete", "dbrokendocument", "--data", data)).ExitCode);
        Assert.Equal(0, (await DossierProcess.RunAsync("check", "--data", data)).ExitCode);
    }

    private static ArchiveRecord Record(string sourceId, string title, string subject, string? idOverride = null)
    {
        var record = new ArchiveRecord
        {
            Source = new SourceIdentifier { Archive = "Poison test archive", RecordId = idOverride ?? sourceId },
            Title = title,
            Date = HistoricalDate.Year(1956),
            Subjects = [subject],
            Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = title + ". A letter kept for the test." }],
        };
        record.Id = idOverride is null ? RecordId.For(record.Source) : sourceId;
        return record;
    }

    /// <summary>Writes a record row and its change with raw SQL, as a store without the guard (or a hand edit) would.</summary>
    private static void Force(string data, ArchiveRecord record, string? document = null)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "dossier.db")};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO records (id, source_archive, source_record_id, title, date_value, date_precision, date_start, date_end,
                                     status, embargo_until, created_at, updated_at, content_hash, document)
                SELECT $id, source_archive, $source, $title, date_value, date_precision, date_start, date_end,
                       status, embargo_until, created_at, updated_at, 'forced', $document FROM records LIMIT 1;
                INSERT INTO record_changes (record_id, kind, at) SELECT $id, kind, at FROM record_changes LIMIT 1;
                """;
            insert.Parameters.AddWithValue("$id", record.Id);
            insert.Parameters.AddWithValue("$source", record.Source.RecordId);
            insert.Parameters.AddWithValue("$title", record.Title);
            insert.Parameters.AddWithValue("$document", document ?? RecordJson.Serialize(record));
            Assert.Equal(2, insert.ExecuteNonQuery());
        }
        transaction.Commit();
    }
}
