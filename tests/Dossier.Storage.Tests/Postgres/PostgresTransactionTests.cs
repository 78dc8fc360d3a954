using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Postgres;

public sealed class PostgresTransactionTests : TransactionContract<PostgresStoreProvider>, IClassFixture<PostgresDatabase>
{
    public PostgresTransactionTests(PostgresDatabase database) => Provider.Database = database;
}
