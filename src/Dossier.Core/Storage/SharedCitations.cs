namespace Dossier.Core.Storage;

/// <summary>A public record and which of the asked-for authorities it cites.</summary>
public sealed record SharedCitations(string RecordId, IReadOnlyList<string> AuthorityIds);
