namespace Dossier.Core.Search;

public sealed record FacetValue(string Value, int Count, string? Label = null);
