namespace Dossier.Core.Search;

public enum SearchSort
{
    Relevance,
    DateAscending,
    DateDescending,
}
