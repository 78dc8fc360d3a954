using Dossier.Core.Composition;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dossier.Web.Hosting;

/// <summary>
/// Ready when this node's search index holds every change the store had <see cref="Bound"/> ago, and, on the first
/// check after start, every change the store has now: a node back from downtime is kept out of a load balancer's
/// rotation until it has caught up, while a large import elsewhere (a moment's lag on every node) takes none out.
/// </summary>
/// <remarks>A singleton: it remembers the store's last sequence number at the checks of the last <see cref="Bound"/>.</remarks>
public sealed class IndexLagHealthCheck(Archive archive) : IHealthCheck
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly Lock _lock = new();
    private readonly List<(DateTimeOffset At, long Sequence)> _samples = [];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (archive.Index is not { } index)
        {
            return HealthCheckResult.Degraded(archive.IndexUnavailableReason ?? "no search index in this process");
        }
        var last = await archive.Store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
        var now = archive.Time.GetUtcNow();
        long required;
        lock (_lock)
        {
            _samples.Add((now, last));
            var old = _samples.FindLastIndex(s => s.At <= now - Bound);
            // The newest sample past the bound is the one to meet; older ones are no longer needed. With none past
            // the bound yet (just started), the oldest sample is: at the first check, the store as it is now.
            if (old > 0)
            {
                _samples.RemoveRange(0, old);
            }
            required = _samples[0].Sequence;
        }
        var applied = index.AppliedSequence;
        var state = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"index at change {applied}, store at {last}");
        return applied >= required
            ? HealthCheckResult.Healthy(state)
            : HealthCheckResult.Unhealthy(state + string.Create(System.Globalization.CultureInfo.InvariantCulture, $": catching up (needs {required})"));
    }
}
