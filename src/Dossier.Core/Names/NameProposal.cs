using Dossier.Core.Authorities;

namespace Dossier.Core.Names;

/// <summary>A recognised name waiting for an editor: as written, where (record and layer), how sure, why, and the authority guessed if any.</summary>
public sealed record NameProposal(string RecordId, string? SourceRecordId, int Layer, string Text, AuthorityKind Kind, string? AuthorityId, double Confidence, string? Evidence);
