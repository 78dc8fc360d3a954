using Dossier.Core.Composition;
using Dossier.Core.Search;
using Dossier.Web.Catalogue;
using Dossier.Web.Documents;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Hosting;

/// <summary>
/// Builds the catalogue, opens what every search reads (the public authority names, the facets' ordinals, the sort's
/// values) and reads one document as its page does, in the background once the server is listening and has had a moment
/// to answer its first requests (health checks, a load balancer's probe), so the first visitor does not wait for them
/// and start-up does not share the two cores with them. On a 31,667-record archive the catalogue was 63% of the CPU
/// time of the first 15 seconds of `serve` when it was built at start; on an archive of a million records the first
/// search waited 2.9 s for the rest.
/// </summary>
public sealed partial class StartWarmer(Archive archive, CatalogueService catalogue, DocumentService documents, DocumentNeighbours neighbours, IHostApplicationLifetime lifetime, ILogger<StartWarmer> logger) : BackgroundService
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
            if (archive.Index is { } index)
            {
                // Every public record, one on the page, with facets: what a visitor's first search would open.
                var found = await index.SearchAsync(new SearchRequest { Query = "", Limit = 1, Facets = true }, stoppingToken).ConfigureAwait(false);
                // What a document page reads besides its view: the record, its collections' order, its neighbours' titles,
                // its related records (each store query compiled on first use). On the 100 volumes the first page after
                // start took 0.26-0.27 s without this, 0.15-0.20 s with it (its view renders for the first time), and
                // 0.02-0.04 s once another page had been shown.
                if (found.Hits is [var hit, ..] && (await documents.LookUpAsync(hit.Id, stoppingToken).ConfigureAwait(false)).Record is { } record)
                {
                    await neighbours.AroundAsync(record, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogWarmUpFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalogue or the search could not be warmed at start; they will be on first use")]
    private static partial void LogWarmUpFailed(ILogger logger, Exception exception);
}
