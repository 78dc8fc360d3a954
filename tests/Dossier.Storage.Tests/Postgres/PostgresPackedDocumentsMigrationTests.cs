using System.Text;
using Dossier.Core.Records;
using Dossier.Storage.Providers.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dossier.Storage.Tests.Postgres;

/// <summary>
/// The migration to packed documents turns PostgreSQL's text column into bytes as UTF-8: JSON's backslash escapes
/// (which a plain <c>text::bytea</c> cast would read as escapes) and non-Latin letters come through unchanged.
/// </summary>
public sealed class PostgresPackedDocumentsMigrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string BeforePacking = "20261201142214_CitingIndex";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_read_a_document_stored_as_text_before_the_migration()
    {
        Assert.SkipWhen(database.Url is null, Dossier.Testing.TestPostgres.SkipReason);
        var record = TestRecords.Full();
        record.Summary = "A \"quoted\" line\nand a backslash \\ in Пишевери's letter.";
        var json = RecordJson.Serialize(record);
        await using (var store = await PostgresArchiveStore.OpenAsync(database.Url!, cancellationToken: Cancel))
        {
            await store.Records.UpsertAsync([record], Cancel);
        }
        await using (var db = Context())
        {
            // The row as the archive held it before: its JSON as text.
            await db.Records.ExecuteUpdateAsync(s => s.SetProperty(r => r.Document, Encoding.UTF8.GetBytes(json)), Cancel);
            await db.GetService<IMigrator>().MigrateAsync(BeforePacking, Cancel);
            Assert.Equal(json, await db.Database.SqlQueryRaw<string>("SELECT document AS \"Value\" FROM records").SingleAsync(Cancel));
        }

        await using (var store = await PostgresArchiveStore.OpenAsync(database.Url!, cancellationToken: Cancel))
        {
            var found = await store.Records.FindAsync(record.Id, Cancel);

            Assert.Equal(json, RecordJson.Serialize(found!));
        }
    }

    private PostgresDossierContext Context() => new(new DbContextOptionsBuilder<PostgresDossierContext>()
        .UseNpgsql(PostgresConnectionString.Parse(database.Url!).ConnectionString).Options);
}
