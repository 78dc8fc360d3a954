using Dossier.Storage.Tests.Postgres;

namespace Dossier.Storage.Tests.Accounts;

public sealed class PostgresAccountStoreTests : AccountStoreContract<PostgresStoreProvider>, IClassFixture<PostgresDatabase>
{
    public PostgresAccountStoreTests(PostgresDatabase database) => Provider.Database = database;
}
