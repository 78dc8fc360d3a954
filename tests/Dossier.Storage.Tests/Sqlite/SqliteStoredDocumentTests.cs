using Dossier.Storage.Tests.Contracts;

namespace Dossier.Storage.Tests.Sqlite;

public sealed class SqliteStoredDocumentTests : StoredDocumentContract<SqliteStoreProvider>;
