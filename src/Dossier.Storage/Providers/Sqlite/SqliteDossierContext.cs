using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Providers.Sqlite;

/// <summary>The schema on SQLite; its migrations are in <c>Providers/Sqlite/Migrations</c>.</summary>
public sealed class SqliteDossierContext(DbContextOptions<SqliteDossierContext> options) : DossierContext(options)
{
}
