using Dossier.Core.Collections;
using Dossier.Core.Harvesting;
using Dossier.Core.Storage;

namespace Dossier.Interop.Exporters.OaiPmh;

public sealed partial class OaiPmhRepository
{
    /// <summary>One request's view of the archive: the instant it is answered at, and the items and sets visible then.</summary>
    private sealed class Context(IArchiveStore store, DatestampsMemo datestampsMemo, DateTimeOffset now, Uri baseUrl, string repositoryIdentifier)
    {
        private HarvestView? _view;

        public IArchiveStore Store => store;

        public DateTimeOffset Now => now;

        public Uri BaseUrl => baseUrl;

        public Uri Endpoint { get; } = new(baseUrl, "oai");

        public string RepositoryIdentifier => repositoryIdentifier;

        /// <summary>The archive as harvested at the request's instant.</summary>
        public async Task<HarvestView> ViewAsync(CancellationToken cancellationToken) =>
            _view ??= store is IRecordDatestamps datestamps
                ? await datestampsMemo.ViewAsync(store, datestamps, now, cancellationToken).ConfigureAwait(false)
                : HarvestView.Of(await ScanAsync(cancellationToken).ConfigureAwait(false), now);

        public async Task<HarvestItem?> FindAsync(string identifier, CancellationToken cancellationToken)
        {
            if (OaiIdentifier.RecordIdOf(repositoryIdentifier, identifier) is not { } id)
            {
                return null;
            }
            return (await ViewAsync(cancellationToken).ConfigureAwait(false)).Find(id);
        }

        /// <summary>Collections with at least one live record: a collection of drafts alone is not shown, not even its name.</summary>
        public async Task<IReadOnlyList<Collection>> SetsAsync(CancellationToken cancellationToken)
        {
            var live = await PublicSetIdsAsync(cancellationToken).ConfigureAwait(false);
            var collections = await store.Collections.ListAsync(cancellationToken).ConfigureAwait(false);
            var known = collections.Where(c => live.Contains(c.Id)).ToList();
            // A membership naming a collection the store has no row for is still a set, titled by its id.
            known.AddRange(live.Where(id => !collections.Any(c => string.Equals(c.Id, id, StringComparison.Ordinal)))
                .Select(id => new Collection { Id = id, Title = id }));
            return known.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        }

        public async Task<IReadOnlySet<string>> PublicSetIdsAsync(CancellationToken cancellationToken) =>
            (await ViewAsync(cancellationToken).ConfigureAwait(false)).SetIds;

        /// <summary>For stores without datestamps: every record, stamped with the epoch.</summary>
        private async Task<IReadOnlyList<RecordDatestamp>> ScanAsync(CancellationToken cancellationToken)
        {
            var stamps = new List<RecordDatestamp>();
            await foreach (var record in store.Records.StreamAsync(cancellationToken).ConfigureAwait(false))
            {
                stamps.Add(new RecordDatestamp(record.Id, DateTimeOffset.UnixEpoch, record.Status, record.EmbargoUntil,
                    record.Collections.Select(c => c.CollectionId).ToList()));
            }
            stamps.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            return stamps;
        }
    }
}
