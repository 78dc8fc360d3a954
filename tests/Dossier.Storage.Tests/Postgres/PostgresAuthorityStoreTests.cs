using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Postgres;

public sealed class PostgresAuthorityStoreTests : AuthorityStoreContract<PostgresStoreProvider>, IClassFixture<PostgresDatabase>
{
    public PostgresAuthorityStoreTests(PostgresDatabase database) => Provider.Database = database;
}
