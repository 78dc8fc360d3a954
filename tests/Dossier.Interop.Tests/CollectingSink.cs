using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Importing;
using Dossier.Core.Records;

namespace Dossier.Interop.Tests;

/// <summary>Keeps what a reader hands over, in order, for the tests to look at.</summary>
internal class CollectingSink : IImportSink
{
    public List<ArchiveRecord> Records { get; } = [];

    public List<Authority> Authorities { get; } = [];

    public List<Collection> Collections { get; } = [];

    /// <summary>What was handed over, in order: "collection", "authority", "record".</summary>
    public List<string> Order { get; } = [];

    public virtual ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
    {
        Records.Add(record);
        Order.Add("record");
        return ValueTask.CompletedTask;
    }

    public ValueTask AddAuthorityAsync(Authority authority, CancellationToken cancellationToken = default)
    {
        Authorities.Add(authority);
        Order.Add("authority");
        return ValueTask.CompletedTask;
    }

    public ValueTask AddCollectionAsync(Collection collection, CancellationToken cancellationToken = default)
    {
        Collections.Add(collection);
        Order.Add("collection");
        return ValueTask.CompletedTask;
    }
}
