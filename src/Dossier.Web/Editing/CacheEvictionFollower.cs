using Dossier.Core.Composition;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Editing;

/// <summary>
/// Empties the page cache when the store's change sequence moves without this process writing (a `dossier import`
/// beside `serve`, another node on the same database), on the same one-second beat as the index follower.
/// </summary>
public sealed partial class CacheEvictionFollower(Archive archive, ArchiveCache cache, ILogger<CacheEvictionFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? seen = null;
        using var timer = new PeriodicTimer(Interval, archive.Time);
        do
        {
            try
            {
                var last = await archive.Store.Records.LastSequenceAsync(stoppingToken).ConfigureAwait(false);
                if (seen is { } before && before != last)
                {
                    await cache.EvictAsync(stoppingToken).ConfigureAwait(false);
                }
                seen = last;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the store's change sequence to keep the page cache fresh")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
