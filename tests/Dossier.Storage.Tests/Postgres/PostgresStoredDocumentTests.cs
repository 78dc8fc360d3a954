using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Postgres;

public sealed class PostgresStoredDocumentTests : StoredDocumentContract<PostgresStoreProvider>, IClassFixture<PostgresDatabase>
{
    public PostgresStoredDocumentTests(PostgresDatabase database) => Provider.Database = database;
}
