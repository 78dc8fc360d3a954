namespace Dossier.Core.Authorities;

/// <summary>The verdict on two spellings: probably one person or not, how sure, and why.</summary>
public sealed record NameMatch(bool IsProbableMatch, double Confidence, IReadOnlyList<string> Evidence);
