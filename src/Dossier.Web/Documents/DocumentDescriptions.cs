using Dossier.Core.Storage;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Documents;

/// <summary>
/// Describes hits and list entries from the store's catalogue summaries: one query per page of hits, no record
/// document read.
/// </summary>
public sealed class DocumentDescriptions(CatalogueService catalogue)
{
    public async Task<IReadOnlyDictionary<string, DocumentDescription>> DescribeAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        // Hits the caller may see, whatever their status: the search already filtered them for this reader.
        var entries = await catalogue.ListAsync(new CatalogueFilter { Ids = wanted, AnyStatus = true }, 0, wanted.Count, cancellationToken).ConfigureAwait(false);
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var result = new Dictionary<string, DocumentDescription>(StringComparer.Ordinal);
        foreach (var id in wanted)
        {
            result[id] = byId.TryGetValue(id, out var entry) ? Of(entry) : DocumentDescription.None;
        }
        return result;
    }

    /// <summary>The archival citation; where it names no fond or file (a US file series), the series follows the repository.</summary>
    private static string? ReferenceOf(Dossier.Core.Records.ArchivalReference? reference)
    {
        var cited = DocumentService.ReferenceOf(reference);
        return reference is { Fond: null, Delo: null, Series: { Length: > 0 } series } && cited is not null && !cited.Contains(series, StringComparison.Ordinal)
            ? cited + ", " + series
            : cited;
    }

    public static DocumentDescription Of(CatalogueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var membership = entry.Collections.FirstOrDefault();
        return new DocumentDescription(
            membership is null ? null : string.IsNullOrWhiteSpace(membership.Title) ? membership.CollectionId : membership.Title,
            membership?.CollectionId,
            string.IsNullOrWhiteSpace(membership?.Number) ? null : membership.Number,
            ReferenceOf(entry.Reference),
            DocumentType.Of(entry.Title),
            entry.Date is null ? null : DateDisplay.Of(entry.Date));
    }
}
