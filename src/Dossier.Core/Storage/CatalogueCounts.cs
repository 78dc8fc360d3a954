namespace Dossier.Core.Storage;

/// <summary>Counts of the public records at one moment.</summary>
/// <param name="Total">Every public record.</param>
/// <param name="Undated">Public records without a date.</param>
/// <param name="Years">Public records by the year their date starts, in year order.</param>
/// <param name="Collections">Public records by collection, titled by the stored collection or a member's own title.</param>
/// <param name="Shelves">Public records by repository and levels of their archival reference.</param>
/// <param name="ChangesAt">When these counts change without a write: the next embargo to lapse, or null.</param>
public sealed record CatalogueCounts(
    int Total,
    int Undated,
    IReadOnlyList<YearCount> Years,
    IReadOnlyList<CollectionCount> Collections,
    IReadOnlyList<ShelfCount> Shelves,
    DateTimeOffset? ChangesAt);
