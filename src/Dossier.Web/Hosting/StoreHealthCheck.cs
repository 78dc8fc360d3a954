using Dossier.Core.Composition;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dossier.Web.Hosting;

/// <summary>Ready when the store answers a query.</summary>
public sealed class StoreHealthCheck(Archive archive) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var count = await archive.Store.Records.CountAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " records");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the store does not answer", e);
        }
    }
}
