namespace Dossier.Core.Search;

/// <summary>
/// The full-text index, derived from the store (the store is the truth). It follows the store's
/// change sequence, so after a crash or restart it catches up; it never shows a record the store does not have.
/// </summary>
public interface ISearchIndex
{
    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>The public records most related to one (see <see cref="RelatedQuery"/>), best first.</summary>
    Task<IReadOnlyList<RelatedCandidate>> RelatedAsync(RelatedQuery query, CancellationToken cancellationToken = default);

    /// <summary>Applies every store change after the last one the index holds. Returns how many were applied.</summary>
    Task<int> CatchUpAsync(IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Throws the index away and builds it again from every record in the store.</summary>
    Task RebuildAsync(IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The last store change sequence number the index reflects.</summary>
    long AppliedSequence { get; }

    /// <summary>
    /// Stored records the index could not hold (their indexing failed): catch-up skips them and carries on, and each is
    /// indexed again when its record changes. Empty for an index that never skips.
    /// </summary>
    IReadOnlyList<SkippedRecord> Skipped => [];

    /// <summary>The index's rules for when a name answers a query, for finders that must agree with search.</summary>
    INameMatcher Names => PlainNameMatcher.Instance;
}
