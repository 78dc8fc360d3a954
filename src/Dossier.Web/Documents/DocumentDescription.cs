namespace Dossier.Web.Documents;

/// <summary>What tells one document from another in a list: its collection (volume) and number in it, archival reference, kind and date.</summary>
public sealed record DocumentDescription(string? Collection, string? CollectionId, string? Number, string? Reference, string? Type, string? Date)
{
    public static DocumentDescription None { get; } = new(null, null, null, null, null, null);
}
