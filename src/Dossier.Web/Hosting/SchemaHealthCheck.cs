using Dossier.Core.Composition;
using Dossier.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dossier.Web.Hosting;

/// <summary>Ready only when the database has every migration this version of Dossier expects (another node may be migrating it).</summary>
public sealed class SchemaHealthCheck(Archive archive) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (archive.Store is not IStoreSchema schema)
        {
            return HealthCheckResult.Healthy("this store has no migrations");
        }
        try
        {
            var pending = await schema.PendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("schema is current")
                : HealthCheckResult.Unhealthy("migrations not applied: " + string.Join(", ", pending));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the schema could not be read", e);
        }
    }
}
