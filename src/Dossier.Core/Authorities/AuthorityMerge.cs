namespace Dossier.Core.Authorities;

/// <summary>One merge: <paramref name="MergeId"/> folded into <paramref name="KeepId"/>, which stays.</summary>
public sealed record AuthorityMerge(string KeepId, string MergeId);
