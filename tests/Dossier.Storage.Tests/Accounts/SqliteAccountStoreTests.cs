using Dossier.Storage.Tests.Sqlite;

namespace Dossier.Storage.Tests.Accounts;

public sealed class SqliteAccountStoreTests : AccountStoreContract<SqliteStoreProvider>;
