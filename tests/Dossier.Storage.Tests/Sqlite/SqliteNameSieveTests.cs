using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Sqlite;

public sealed class SqliteNameSieveTests : NameSieveContract<SqliteStoreProvider>;
