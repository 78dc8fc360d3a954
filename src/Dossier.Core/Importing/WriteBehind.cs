namespace Dossier.Core.Importing;

/// <summary>
/// One write at a time, run on another core while the caller prepares the next (issue 9: the import's relinking reads and links a
/// batch while the one before is stored). Handing a write over waits for the one before it to end first, so the writes
/// keep their order and a transaction is never used by two at once; a write's failure surfaces at the next
/// <see cref="HandAsync"/> or <see cref="DrainAsync"/>.
/// </summary>
internal sealed class WriteBehind
{
    private Task? _writing;

    /// <summary>Waits for the write before, then starts <paramref name="write"/> on the thread pool and returns.</summary>
    public async Task HandAsync(Func<Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        await DrainAsync().ConfigureAwait(false);
        // The store's providers run synchronously under their async calls: only a thread of its own lets the write overlap.
        _writing = Task.Run(write);
    }

    /// <summary>
    /// A write that must not overlap the caller's next step (one holding a big text, whose leftovers should be dead before
    /// more is read): waits for the write before, then runs <paramref name="write"/> on this thread to its end.
    /// </summary>
    public async Task WriteAloneAsync(Func<Task> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        await DrainAsync().ConfigureAwait(false);
        await write().ConfigureAwait(false);
    }

    /// <summary>Waits for the write in progress, if any, and throws what it threw.</summary>
    public async Task DrainAsync()
    {
        var writing = _writing;
        _writing = null;
        if (writing is not null)
        {
            await writing.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits for the write in progress without throwing: for the way out of a failure that is already on its way
    /// up, so that nothing still writes through a transaction about to be disposed.
    /// </summary>
    public async Task SettleAsync()
    {
        var writing = _writing;
        _writing = null;
        if (writing is not null)
        {
            await writing.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }
    }
}
