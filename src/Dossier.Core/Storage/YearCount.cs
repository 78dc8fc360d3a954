namespace Dossier.Core.Storage;

/// <summary>How many public records are dated in a year.</summary>
public sealed record YearCount(int Year, int Count);
