using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Sqlite;

public sealed class SqliteRecordStoreTests : RecordStoreContract<SqliteStoreProvider>;

public sealed class SqliteTransactionTests : TransactionContract<SqliteStoreProvider>;

public sealed class SqliteAuthorityStoreTests : AuthorityStoreContract<SqliteStoreProvider>;
