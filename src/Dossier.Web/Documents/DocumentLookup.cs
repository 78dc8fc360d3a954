using Dossier.Core.Records;

namespace Dossier.Web.Documents;

/// <summary>What a document id leads to: the public record, its canonical id to redirect to, or nothing.</summary>
public sealed record DocumentLookup(ArchiveRecord? Record, string? RedirectTo)
{
    public static DocumentLookup NotFound { get; } = new(null, null);

    public bool Found => Record is not null && RedirectTo is null;
}
