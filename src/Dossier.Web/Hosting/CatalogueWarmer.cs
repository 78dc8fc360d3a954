using Dossier.Web.Catalogue;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Hosting;

/// <summary>
/// Builds the catalogue in the background once the server is listening and has had a moment to answer its first
/// requests (health checks, a load balancer's probe), so the first visitor of the home page does not wait for it and
/// start-up does not share the two cores with it. On a 31,667-record archive the catalogue was 63% of the CPU time of
/// the first 15 seconds of `serve` when it was built at start.
/// </summary>
public sealed partial class CatalogueWarmer(CatalogueService catalogue, IHostApplicationLifetime lifetime, ILogger<CatalogueWarmer> logger) : BackgroundService
{
    private static readonly TimeSpan AfterStart = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
            {
                await started.Task.ConfigureAwait(false);
            }
            await Task.Delay(AfterStart, stoppingToken).ConfigureAwait(false);
            await catalogue.GetAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWarmUpFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalogue could not be built at start; it will be on first use")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
