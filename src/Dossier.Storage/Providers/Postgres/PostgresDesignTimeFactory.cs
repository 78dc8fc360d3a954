using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dossier.Storage.Providers.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add X --context PostgresDossierContext --output-dir Providers/Postgres/Migrations</c>
/// build the context without a running application or server (adding a migration never connects).
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDossierContext>
{
    public PostgresDossierContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDossierContext>().UseNpgsql("Host=localhost;Database=dossier_design_time").Options);
}
