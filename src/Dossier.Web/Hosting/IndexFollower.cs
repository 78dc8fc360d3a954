using Dossier.Core.Composition;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Hosting;

/// <summary>Keeps the search index caught up with the store's change sequence while the reading room runs.</summary>
public sealed partial class IndexFollower(Archive archive, ILogger<IndexFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

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
