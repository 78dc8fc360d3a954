namespace Dossier.Search.Querying;

/// <summary>How a word matched, best first: the order of the weights in the query.</summary>
internal enum MatchKind
{
    Exact,
    Stem,
    Latin,

    /// <summary>The place's name in the other language (Egypt for Египет).</summary>
    OtherName,

    /// <summary>Another spelling of the same name in an authority record.</summary>
    Authority,
    Key,
    Fuzzy,
    Ocr,
}
