using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Postgres;

public sealed class PostgresNameSieveTests : NameSieveContract<PostgresStoreProvider>, IClassFixture<PostgresDatabase>
{
    public PostgresNameSieveTests(PostgresDatabase database) => Provider.Database = database;
}
