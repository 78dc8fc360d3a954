using Dossier.Core.Search;

namespace Dossier.Hosting;

/// <summary>What <see cref="ArchiveCheck"/> found: the store and the index side by side, and every record where they differ.</summary>
public sealed record ArchiveCheckReport
{
    public int StoreRecords { get; init; }

    public int IndexRecords { get; init; }

    public long StoreSequence { get; init; }

    public long IndexSequence { get; init; }

    /// <summary>Stored records the index does not hold and did not record as skipped.</summary>
    public IReadOnlyList<string> MissingFromIndex { get; init; } = [];

    /// <summary>Stored records the index could not hold, with the reason.</summary>
    public IReadOnlyList<SkippedRecord> Skipped { get; init; } = [];

    /// <summary>Records the index holds that the store does not.</summary>
    public IReadOnlyList<string> OnlyInIndex { get; init; } = [];

    /// <summary>Stored records that break the archive's limits or cannot be read (written before the store's guard, or behind its back).</summary>
    public IReadOnlyList<(string Id, string Field, string Problem)> OverLimits { get; init; } = [];

    /// <summary>True when another process held the index's write lock while it was read.</summary>
    public bool IndexWriterElsewhere { get; init; }

    public bool Consistent =>
        MissingFromIndex.Count == 0 && Skipped.Count == 0 && OnlyInIndex.Count == 0 && OverLimits.Count == 0 && IndexSequence >= StoreSequence;
}
