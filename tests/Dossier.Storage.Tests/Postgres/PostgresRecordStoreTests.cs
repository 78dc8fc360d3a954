using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Postgres;

public sealed class PostgresRecordStoreTests : RecordStoreContract<PostgresStoreProvider>, IClassFixture<PostgresDatabase>
{
    public PostgresRecordStoreTests(PostgresDatabase database) => Provider.Database = database;
}
