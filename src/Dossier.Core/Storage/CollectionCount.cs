namespace Dossier.Core.Storage;

/// <summary>How many public records a collection holds.</summary>
public sealed record CollectionCount(string CollectionId, string Title, int Count);
