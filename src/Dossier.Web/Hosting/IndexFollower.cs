using Dossier.Core.Composition;
using Dossier.Core.Records;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dossier.Web.Hosting;

/// <summary>
/// Keeps the search index caught up with the store's change sequence while the reading room runs: this process holds
/// the index, so what other processes write to the store (a `dossier import` beside `serve`) is indexed here. Records
/// the index could not hold are logged once each and listed on <see cref="IndexHealthEndpoint.Route"/>.
/// </summary>
public sealed partial class IndexFollower(Archive archive, ILogger<IndexFollower> logger) : BackgroundService
{
    // Several nodes on one PostgreSQL database each follow the store: a write on one is searchable on the others
    // within this interval plus the catch-up. An idle poll is two indexed queries.
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (archive.Index is not { } index)
        {
            if (archive.IndexUnavailableReason is { } reason)
            {
                LogNoIndex(logger, reason);
            }
            return;
        }
        using var timer = new PeriodicTimer(Interval, archive.Time);
        do
        {
            try
            {
                await index.CatchUpAsync(null, stoppingToken).ConfigureAwait(false);
                ReportSkipped(index.Skipped);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCatchUpFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private void ReportSkipped(IReadOnlyList<Core.Search.SkippedRecord> skipped)
    {
        foreach (var record in skipped)
        {
            if (_reported.Add(record.Id))
            {
                LogSkipped(logger, RecordLimits.Abbreviate(record.Id), record.Reason);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index could not catch up with the store")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The search index skipped record {RecordId}: {Reason} (`dossier check` lists skipped records, `dossier delete ID` removes one)")]
    private static partial void LogSkipped(ILogger logger, string recordId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No search index in this process: {Reason}")]
    private static partial void LogNoIndex(ILogger logger, string reason);
}
