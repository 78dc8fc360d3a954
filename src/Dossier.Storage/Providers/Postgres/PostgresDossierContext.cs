using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Providers.Postgres;

/// <summary>The schema on PostgreSQL; its migrations are in <c>Providers/Postgres/Migrations</c>.</summary>
/// <remarks>
/// Every text column uses the "C" collation: PostgreSQL then orders strings by their UTF-8 bytes, as SQLite's
/// BINARY collation does, so listings and exports come out in the same order on both engines (an archive
/// moved from one to the other exports byte for byte the same) and the order does not depend on the locale
/// the cluster was initialised with.
/// </remarks>
public sealed class PostgresDossierContext(DbContextOptions<PostgresDossierContext> options) : DossierContext(options)
{
    public const string BinaryCollation = "C";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(string)))
            {
                modelBuilder.Entity(entity.ClrType).Property(property.Name).UseCollation(BinaryCollation);
            }
        }
    }
}
