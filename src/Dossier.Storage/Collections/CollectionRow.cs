namespace Dossier.Storage.Collections;

/// <summary>A row of <c>collections</c>; <see cref="Document"/> is the whole collection as JSON.</summary>
public sealed class CollectionRow
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Document { get; set; } = "";
}
