using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Postgres;

public sealed class PostgresCatalogueSummariesTests : CatalogueSummariesContract<PostgresStoreProvider>, IClassFixture<PostgresDatabase>
{
    public PostgresCatalogueSummariesTests(PostgresDatabase database) => Provider.Database = database;
}
