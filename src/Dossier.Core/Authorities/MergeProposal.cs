namespace Dossier.Core.Authorities;

/// <summary>Two authorities that probably are one person, for an editor to confirm; never applied by itself.</summary>
public sealed record MergeProposal(string KeepId, string MergeId, string KeepName, string MergeName, double Confidence, IReadOnlyList<string> Evidence);
