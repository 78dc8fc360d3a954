using Dossier.Core.Search;

namespace Dossier.Web.Documents;

/// <summary>What tells one document from another in a list: its collection (volume) and number in it, archival reference, kind and date.</summary>
public sealed record DocumentDescription(string? Collection, string? CollectionId, string? Number, string? Reference, string? Type, string? Date)
{
    /// <summary>A hit's description, from what the hit carries: a page of hits reads nothing from the store.</summary>
    public static DocumentDescription Of(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var membership = hit.Collection;
        return new DocumentDescription(
            membership is null ? null : string.IsNullOrWhiteSpace(membership.Title) ? membership.CollectionId : membership.Title,
            membership?.CollectionId,
            string.IsNullOrWhiteSpace(membership?.Number) ? null : membership.Number,
            ReferenceOf(hit.Reference),
            DocumentType.Of(hit.Title),
            hit.Date is null ? null : DateDisplay.Of(hit.Date));
    }

    /// <summary>The archival citation; where it names no fond or file (a US file series), the series follows the repository.</summary>
    private static string? ReferenceOf(Dossier.Core.Records.ArchivalReference? reference)
    {
        var cited = DocumentService.ReferenceOf(reference);
        return reference is { Fond: null, Delo: null, Series: { Length: > 0 } series } && cited is not null && !cited.Contains(series, StringComparison.Ordinal)
            ? cited + ", " + series
            : cited;
    }
}
