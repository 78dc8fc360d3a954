using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Sqlite;

public sealed class SqliteAuthorityStoreTests : AuthorityStoreContract<SqliteStoreProvider>;
