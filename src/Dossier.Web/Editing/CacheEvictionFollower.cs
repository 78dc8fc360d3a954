using Dossier.Core.Composition;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Editing;

/// <summary>
/// Empties the page cache when the archive changes without this process writing (a `dossier import` beside `serve`,
/// another node on the same database), on the same one-second beat as the index follower. Answers come from the store
/// and from the index, and the index catches up after the store moves: an answer cached in between (the store's new
/// records not yet searchable) would outlive the catch-up. So the cache is emptied when either moves: the store's
/// change sequence or the index's applied sequence.
/// </summary>
public sealed partial class CacheEvictionFollower(Archive archive, ArchiveCache cache, ILogger<CacheEvictionFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _looking = new(1, 1);
    private (long Store, long Index)? _seen;

    public override void Dispose()
    {
        _looking.Dispose();
        base.Dispose();
    }

    /// <summary>One look at the store's and the index's sequences; empties the cache when either moved since the last look.</summary>
    internal async Task<bool> LookAsync(CancellationToken cancellationToken)
    {
        await _looking.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = (await archive.Store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false), archive.Index?.AppliedSequence ?? 0);
            var moved = _seen is { } before && before != now;
            if (moved)
            {
                await cache.EvictAsync(cancellationToken).ConfigureAwait(false);
            }
            _seen = now;
            return moved;
        }
        finally
        {
            _looking.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, archive.Time);
        do
        {
            try
            {
                await LookAsync(stoppingToken).ConfigureAwait(false);
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
