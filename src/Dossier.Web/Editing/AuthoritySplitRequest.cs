namespace Dossier.Web.Editing;

/// <summary>The body of POST /api/people/{id}/split: the variants that become a new authority (the first heads it) and the records that follow them.</summary>
public sealed record AuthoritySplitRequest(IReadOnlyList<string>? Variants, IReadOnlyList<string>? Records);
