namespace Dossier.Core.Search;

public sealed record IndexProgress(int Done, int Total);
