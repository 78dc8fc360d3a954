using System.Runtime.CompilerServices;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Documents;

/// <summary>
/// Describes hits and list entries from the catalogue (no store read per hit): the lookup by id is built once per
/// catalogue snapshot and dropped with it.
/// </summary>
public sealed class DocumentDescriptions(CatalogueService catalogue)
{
    private readonly ConditionalWeakTable<CatalogueSnapshot, Dictionary<string, CatalogueEntry>> _byId = new();

    public async Task<IReadOnlyDictionary<string, DocumentDescription>> DescribeAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        var byId = _byId.GetValue(snapshot, s => s.Entries.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        var result = new Dictionary<string, DocumentDescription>(StringComparer.Ordinal);
        foreach (var id in ids)
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
