namespace Dossier.Core.Search;

/// <summary>
/// What a document page asks for its related documents: the public records citing the most of the document's
/// authorities, leaving out those cited by more than <see cref="CommonAbove"/> public records (sharing a name most of
/// the archive cites says little), and the records of its <see cref="Day"/>; at most <see cref="Limit"/>, ranked by
/// <see cref="RelatedCandidate.Ranked"/>. The document itself is never among them.
/// </summary>
public sealed record RelatedQuery(string RecordId, IReadOnlyCollection<string> AuthorityIds, DateOnly? Day, int CommonAbove, int Limit);
