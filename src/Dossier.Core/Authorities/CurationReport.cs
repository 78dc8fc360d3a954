namespace Dossier.Core.Authorities;

/// <summary>What <see cref="AuthorityCuration.TidyAsync(IReadOnlySet{string}, CancellationToken)"/> did: merges made (kept heading ← merged heading), spellings cleaned, Cyrillic forms added.</summary>
public sealed record CurationReport(IReadOnlyList<MergeProposal> Merged, int VariantsCleaned, int CyrillicFormsAdded);
