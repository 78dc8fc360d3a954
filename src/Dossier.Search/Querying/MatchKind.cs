namespace Dossier.Search.Querying;

/// <summary>How a word matched, best first: the order of the weights in the query.</summary>
internal enum MatchKind
{
    Exact,
    Stem,
    Latin,
    Key,
    Fuzzy,
    Ocr,
}
