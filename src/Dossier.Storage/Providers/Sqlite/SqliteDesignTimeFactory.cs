using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dossier.Storage.Providers.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add X --context SqliteDossierContext --output-dir Providers/Sqlite/Migrations</c>
/// build the context without a running application.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDossierContext>
{
    public SqliteDossierContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDossierContext>().UseSqlite("Data Source=design-time.db").Options);
}
