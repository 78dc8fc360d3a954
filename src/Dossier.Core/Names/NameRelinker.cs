using Dossier.Core.Authorities;
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
/// relinked only when its <see cref="NameSieve"/> may hold a form under which the new names (or the new spellings of
/// known ones) are looked up (<see cref="NameSnapshot.FreshForms"/>), so the records are not read to find out; a record
/// stored without a sieve is read, looked through by a recogniser knowing just the changed names, and given its sieve.
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

    /// <summary>Records without a sieve are read this many at a time.</summary>
    private const int ReadSize = 500;

    /// <summary>
    /// Relinks the records that may name a person or place new since <paramref name="since"/> (every one for
    /// <see cref="NameSnapshot.Empty"/>), leaving out <paramref name="keep"/>; writes through the store's transactions.
    /// </summary>
    public Task<RelinkReport> RelinkAsync(NameSnapshot since, IReadOnlyCollection<string>? keep = null, CancellationToken cancellationToken = default) =>
        RelinkAsync(since, keep, MergePlan.None, null, cancellationToken);

    /// <summary>
    /// As <see cref="RelinkAsync(NameSnapshot, IReadOnlyCollection{string}?, CancellationToken)"/>, against the people as
    /// they stand once <paramref name="plan"/>'s merges are made (see <see cref="MergePlan"/>): a record citing a merged
    /// person is linked again to the one it is merged into. <paramref name="steps"/> hears of the records linked of
    /// those that may name a new person (<see cref="ImportStep.Relinking"/>), batch by batch.
    /// </summary>
    public async Task<RelinkReport> RelinkAsync(
        NameSnapshot since, IReadOnlyCollection<string>? keep, MergePlan plan, IProgress<ImportStep>? steps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(since);
        ArgumentNullException.ThrowIfNull(plan);
        var kept = new HashSet<string>(keep ?? [], StringComparer.Ordinal);
        var total = RelinkReport.None;
        // Linking can bring names of its own (a person spelled in two scripts): a few rounds look for those too.
        for (var round = 0; round < MaxRounds; round++)
        {
            var next = await NameSnapshot.TakeAsync(store.Authorities, plan, cancellationToken).ConfigureAwait(false);
            var (report, learned) = await RelinkOnceAsync(since, kept, plan, steps, cancellationToken).ConfigureAwait(false);
            total = new RelinkReport(total.NewNames + report.NewNames, Math.Max(total.Examined, report.Examined), total.Relinked.Union(report.Relinked, StringComparer.Ordinal).ToList());
            if (!learned)
            {
                break;
            }
            since = next;
        }
        return total;
    }

    private async Task<(RelinkReport Report, bool Learned)> RelinkOnceAsync(
        NameSnapshot since, HashSet<string> kept, MergePlan plan, IProgress<ImportStep>? steps, CancellationToken cancellationToken)
    {
        var fresh = await since.ChangedSinceAsync(store.Authorities, plan, cancellationToken).ConfigureAwait(false);
        if (fresh.Count == 0)
        {
            return (RelinkReport.None, false);
        }
        // When the new names are as many as those known before (a first import of many files), nearly every record
        // names one of them: looking first would recognise every record twice, so every one is a candidate.
        var everyOne = fresh.Count >= since.Count;
        // The gazetteer as it stands links the candidates, and tells which fresh names have namesakes.
        var linker = await NameLinker.LoadAsync(store.Authorities, plan, cancellationToken).ConfigureAwait(false);
        var forms = everyOne ? [] : since.FreshForms(fresh, linker.Gazetteer).ToArray();
        var question = NameSieve.Ask(forms);
        var candidates = new List<string>();
        var unsieved = new List<string>();
        var examined = 0;
        // The sieves say which records may hold a fresh form without reading them; those with none are read below.
        await foreach (var (id, sieve) in store.Records.StreamNameSievesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (kept.Contains(id))
            {
                continue;
            }
            if (sieve is null)
            {
                unsieved.Add(id);
            }
            else if (sieve.Length > 0)
            {
                examined++;
                if (everyOne || question.MayHoldAny(sieve))
                {
                    candidates.Add(id);
                }
            }
        }
        var (found, read) = await LookThroughAsync(unsieved, everyOne ? null : new NameRecognizer(NameGazetteer.Of(fresh)), cancellationToken).ConfigureAwait(false);
        candidates.AddRange(found);
        candidates.Sort(StringComparer.Ordinal);
        examined += read;
        var unsievedCandidates = everyOne ? found.ToHashSet(StringComparer.Ordinal) : [];
        var relinked = new List<string>();
        var learned = false;
        if (candidates.Count > 0)
        {
            var pending = new PendingLinks();
            // The records linked are stored on another core while the next batch is read and linked.
            var behind = new WriteBehind();
            var done = 0;
            steps?.Report(new ImportStep(ImportStep.Relinking, 0, candidates.Count));
            try
            {
                foreach (var batch in candidates.Chunk(BatchSize))
                {
                    var bigBatch = await RelinkBatchAsync(linker, plan, batch, unsievedCandidates, pending, cancellationToken).ConfigureAwait(false);
                    if (bigBatch)
                    {
                        // What reading and linking a big text left behind is dead before the changed records are written,
                        // and the records of the batch, their JSON and the database's copies are dead before the next.
                        await behind.WriteAloneAsync(async () =>
                        {
                            ImportMemory.Release();
                            learned |= await WriteAsync(pending, relinked, cancellationToken).ConfigureAwait(false);
                            ImportMemory.Release();
                        }).ConfigureAwait(false);
                    }
                    else if (pending.Records.Count + pending.Sieved.Count >= WriteSize)
                    {
                        var full = pending;
                        pending = new PendingLinks();
                        await behind.HandAsync(async () => learned |= await WriteAsync(full, relinked, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                    }
                    done += batch.Length;
                    steps?.Report(new ImportStep(ImportStep.Relinking, done, candidates.Count));
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

    /// <summary>
    /// Reads the records that have no sieve and keeps the ones they get. Of those the recogniser links, returns the ids
    /// of the ones <paramref name="finder"/> (knowing only the fresh names) finds a name in, or every one without it.
    /// </summary>
    private async Task<(List<string> Found, int Read)> LookThroughAsync(List<string> ids, NameRecognizer? finder, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        var read = 0;
        foreach (var chunk in ids.Chunk(ReadSize))
        {
            var readAt = await store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
            var all = await store.Records.GetManyAsync(chunk, cancellationToken).ConfigureAwait(false);
            // A record whose links are not the recogniser's is left alone, and its sieve marks it so (NameSieve.Fits).
            var records = all.Where(r => string.Equals(r.NamesLinkedBy, NameLinker.Recogniser, StringComparison.Ordinal)).ToList();
            read += records.Count;
            if (finder is null)
            {
                // Every one is linked again, and gets its sieve then.
                found.AddRange(records.Select(r => r.Id));
            }
            else
            {
                var recognised = new NameRecognition[records.Count];
                var cores = ImportMemory.AnyBig(records) ? 1 : Environment.ProcessorCount;
                Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = cores }, i => recognised[i] = finder.Recognise(records[i]));
                for (var i = 0; i < records.Count; i++)
                {
                    // What the finder looked up is every form of the texts, whatever it knew: the record's whole sieve.
                    records[i].NameSieve = NameSieve.Of(recognised[i].Forms, records[i].Layers);
                    if (recognised[i].Known.Count > 0)
                    {
                        found.Add(records[i].Id);
                    }
                }
            }
            await using (var transaction = await store.BeginImportAsync(cancellationToken).ConfigureAwait(false))
            {
                await transaction.KeepNameSievesAsync(all, readAt, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            if (ImportMemory.AnyBig(all))
            {
                ImportMemory.Release();
            }
        }
        return (found, read);
    }

    /// <summary>Links a batch of records again, adding those whose links changed (and the names they taught) to <paramref name="pending"/>; true when one held a big text.</summary>
    private async Task<bool> RelinkBatchAsync(
        NameLinker linker, MergePlan plan, IReadOnlyCollection<string> ids, HashSet<string> unsieved, PendingLinks pending, CancellationToken cancellationToken)
    {
        var edited = store is IVersionedStore versioned
            ? await versioned.Versions.EditedAsync(ids, cancellationToken).ConfigureAwait(false)
            : new HashSet<string>(StringComparer.Ordinal);
        pending.ReadAt = Math.Min(pending.ReadAt, await store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false));
        // An editor wrote a version of the record: its links are the editor's now.
        var records = (await store.Records.GetManyAsync(ids, cancellationToken).ConfigureAwait(false)).Where(r => !edited.Contains(r.Id)).ToList();
        var big = ImportMemory.AnyBig(records);
        // Recognised on every core, then linked in order.
        var recognised = linker.RecogniseAll(records);
        for (var i = 0; i < records.Count; i++)
        {
            var record = records[i];
            var before = LinkState.Of(record);
            // Its links to merged people point at the ones they are merged into, as the merges will point them.
            plan.Remap(record);
            var learned = linker.Link(record, recognised[i]);
            if (before.Same(LinkState.Of(record)))
            {
                if (unsieved.Contains(record.Id))
                {
                    // Stored before sieves were: the links stay, the sieve is kept.
                    pending.Sieved.Add(record);
                }
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
        if (pending.Records.Count + pending.Sieved.Count == 0)
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
            await transaction.KeepNameSievesAsync(pending.Sieved, pending.ReadAt, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        relinked.AddRange(pending.Records.Select(r => r.Id));
        pending.Records.Clear();
        pending.Sieved.Clear();
        pending.ReadAt = long.MaxValue;
        pending.Authorities.Clear();
        return wroteAuthorities;
    }

    /// <summary>Records linked anew and the names they taught, waiting to be written together.</summary>
    private sealed class PendingLinks
    {
        public List<ArchiveRecord> Records { get; } = [];

        /// <summary>Records whose links stay, with the sieve the store did not hold.</summary>
        public List<ArchiveRecord> Sieved { get; } = [];

        /// <summary>Where the change sequence stood when the first of them was read.</summary>
        public long ReadAt { get; set; } = long.MaxValue;

        public Dictionary<string, Authorities.Authority> Authorities { get; } = new(StringComparer.Ordinal);
    }
}
