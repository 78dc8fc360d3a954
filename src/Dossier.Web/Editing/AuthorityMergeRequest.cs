namespace Dossier.Web.Editing;

/// <summary>The body of POST /api/people/{id}/merge: <see cref="Other"/> is merged into the authority of the address, which stays.</summary>
public sealed record AuthorityMergeRequest(string? Other);
