using Dossier.Core.Composition;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Hosting;

/// <summary>Keeps the search index caught up with the store's change sequence while the reading room runs.</summary>
public sealed partial class IndexFollower(Archive archive, ILogger<IndexFollower> logger) : BackgroundService
{
    // Several nodes on one PostgreSQL database each follow the store: a write on one is searchable on the others
    // within this interval plus the catch-up. An idle poll is two indexed queries.
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (archive.Index is not { } index)
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval, archive.Time);
        do
        {
            try
            {
                await index.CatchUpAsync(null, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCatchUpFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index could not catch up with the store")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);
}
