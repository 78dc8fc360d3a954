using Dossier.Core.Editing;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Core.Names;

/// <summary>
/// Links again the records whose text may name people and places that came into the authority files after the
/// records did (a letter imported before the edition whose index names its writer). Only records whose links the
/// recogniser set are touched (<see cref="ArchiveRecord.NamesLinkedBy"/>): never links carried by Dossier's own JSON
/// Lines or set by an editor (a record with a version other than the imported one). It is incremental: a record is
/// relinked only when a recogniser knowing just the new names finds one in it; then the whole gazetteer links it.
/// </summary>
public sealed class NameRelinker(IArchiveStore store)
{
    private const int BatchSize = 100;

    /// <summary>
    /// Relinked records are written this many at a time, each time in one transaction: every commit of the import's
    /// relinking (a batch of 100) took 58 ms on the 100 volumes, mostly the write-ahead log's checkpoints.
    /// </summary>
    private const int WriteSize = 1_000;
    private const int MaxRounds = 3;

    /// <summary>
    /// Relinks the records that may name a person or place new since <paramref name="since"/> (every one for
    /// <see cref="NameSnapshot.Empty"/>), leaving out <paramref name="keep"/>; writes through the store's transactions.
    /// </summary>
    public async Task<RelinkReport> RelinkAsync(NameSnapshot since, IReadOnlyCollection<string>? keep = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(since);
        var kept = new HashSet<string>(keep ?? [], StringComparer.Ordinal);
        var total = RelinkReport.None;
        // Linking can bring names of its own (a person spelled in two scripts): a few rounds look for those too.
        for (var round = 0; round < MaxRounds; round++)
        {
            var next = await NameSnapshot.TakeAsync(store.Authorities, cancellationToken).ConfigureAwait(false);
            var (report, learned) = await RelinkOnceAsync(since, kept, cancellationToken).ConfigureAwait(false);
            total = new RelinkReport(total.NewNames + report.NewNames, Math.Max(total.Examined, report.Examined), total.Relinked.Union(report.Relinked, StringComparer.Ordinal).ToList());
            if (!learned)
            {
                break;
            }
            since = next;
        }
        return total;
    }

    private async Task<(RelinkReport Report, bool Learned)> RelinkOnceAsync(NameSnapshot since, HashSet<string> kept, CancellationToken cancellationToken)
    {
        var fresh = await since.ChangedSinceAsync(store.Authorities, cancellationToken).ConfigureAwait(false);
        if (fresh.Count == 0)
        {
            return (RelinkReport.None, false);
        }
        // When the new names are as many as those known before (a first import of many files), nearly every record
        // names one of them: looking first would recognise every record twice, so every one is a candidate.
        var finder = fresh.Count >= since.Count ? null : new NameRecognizer(NameGazetteer.Of(fresh));
        var candidates = new List<string>();
        var examined = 0;
        var big = false;
        // The scan only reads; writes wait until it ends (the store admits one writer, and a stream holds a reader open).
        await foreach (var record in store.Records.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!string.Equals(record.NamesLinkedBy, NameLinker.Recogniser, StringComparison.Ordinal) || kept.Contains(record.Id))
            {
                continue;
            }
            examined++;
            if (finder is null || finder.Recognise(record).Known.Count > 0)
            {
                candidates.Add(record.Id);
            }
            big |= ImportMemory.AnyBig([record]);
        }
        if (big)
        {
            // The big texts the scan read and their words are dead: give them back before the records are read again.
            ImportMemory.Release();
        }
        var relinked = new List<string>();
        var learned = false;
        if (candidates.Count > 0)
        {
            var linker = await NameLinker.LoadAsync(store.Authorities, cancellationToken).ConfigureAwait(false);
            var pending = new PendingLinks();
            // The records linked are stored on another core while the next batch is read and linked.
            var behind = new WriteBehind();
            try
            {
                foreach (var batch in candidates.Chunk(BatchSize))
                {
                    var bigBatch = await RelinkBatchAsync(linker, batch, pending, cancellationToken).ConfigureAwait(false);
                    if (bigBatch)
                    {
                        // What reading and linking a big text left behind is dead before the changed records are written,
                        // and the records of the batch, their JSON and the database's copies are dead before the next.
                        await behind.DrainAsync().ConfigureAwait(false);
                        ImportMemory.Release();
                        learned |= await WriteAsync(pending, relinked, cancellationToken).ConfigureAwait(false);
                        ImportMemory.Release();
                    }
                    else if (pending.Records.Count >= WriteSize)
                    {
                        var full = pending;
                        pending = new PendingLinks();
                        await behind.HandAsync(async () => learned |= await WriteAsync(full, relinked, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                    }
                }
                await behind.DrainAsync().ConfigureAwait(false);
            }
            finally
            {
                await behind.SettleAsync().ConfigureAwait(false);
            }
            learned |= await WriteAsync(pending, relinked, cancellationToken).ConfigureAwait(false);
        }
        return (new RelinkReport(fresh.Count, examined, relinked), learned);
    }

    /// <summary>Links a batch of records again, adding those whose links changed (and the names they taught) to <paramref name="pending"/>; true when one held a big text.</summary>
    private async Task<bool> RelinkBatchAsync(NameLinker linker, IReadOnlyCollection<string> ids, PendingLinks pending, CancellationToken cancellationToken)
    {
        var edited = store is IVersionedStore versioned
            ? await versioned.Versions.EditedAsync(ids, cancellationToken).ConfigureAwait(false)
            : new HashSet<string>(StringComparer.Ordinal);
        // An editor wrote a version of the record: its links are the editor's now.
        var records = (await store.Records.GetManyAsync(ids, cancellationToken).ConfigureAwait(false)).Where(r => !edited.Contains(r.Id)).ToList();
        var big = ImportMemory.AnyBig(records);
        // Recognised on every core, then linked in order.
        var recognised = linker.RecogniseAll(records);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var before = LinkState.Of(record);
            var learned = linker.Link(record, recognised[i]);
            if (before.Same(LinkState.Of(record)))
            {
                continue;
            }
            pending.Records.Add(record);
            foreach (var authority in learned)
            {
                if (pending.Authorities.TryGetValue(authority.Id, out var known))
                {
                    known.Variants.AddRange(authority.Variants.Where(v => !known.Variants.Exists(p => string.Equals(p.Name, v.Name, StringComparison.Ordinal))));
                }
                else
                {
                    pending.Authorities[authority.Id] = authority;
                }
            }
        }
        return big;
    }

    /// <summary>Writes the pending records and names in one transaction and empties them; true when names were written.</summary>
    private async Task<bool> WriteAsync(PendingLinks pending, List<string> relinked, CancellationToken cancellationToken)
    {
        if (pending.Records.Count == 0)
        {
            return false;
        }
        var wroteAuthorities = pending.Authorities.Count > 0;
        await using (var transaction = await store.BeginImportAsync(cancellationToken).ConfigureAwait(false))
        {
            if (wroteAuthorities)
            {
                // New people found on the way and new spellings of known ones, as an import writes them.
                await transaction.UpsertAuthoritiesAsync(pending.Authorities.Values.ToList(), cancellationToken).ConfigureAwait(false);
            }
            await transaction.UpsertRecordsAsync(pending.Records, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        relinked.AddRange(pending.Records.Select(r => r.Id));
        pending.Records.Clear();
        pending.Authorities.Clear();
        return wroteAuthorities;
    }

    /// <summary>Records linked anew and the names they taught, waiting to be written together.</summary>
    private sealed class PendingLinks
    {
        public List<ArchiveRecord> Records { get; } = [];

        public Dictionary<string, Authorities.Authority> Authorities { get; } = new(StringComparer.Ordinal);
    }
}
