namespace Dossier.Search.Analysis;

/// <summary>
/// What one word becomes in each field, for building a query and for saying why a hit matched.
/// Lists hold stacked forms (a Russian word's full romanization and its name stem's).
/// </summary>
/// <param name="Word">The word as given.</param>
/// <param name="Script">Its script: "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Other".</param>
/// <param name="Exact">Its <c>text</c> terms (normally one).</param>
/// <param name="StemField">The stem field of the language it was analyzed as.</param>
/// <param name="Stems">Its terms in <paramref name="StemField"/>.</param>
/// <param name="Latin">Its <c>latn</c> terms.</param>
/// <param name="Keys">Its <c>key</c> terms (empty for words under five letters).</param>
public sealed record WordForms(
    string Word,
    string Script,
    IReadOnlyList<string> Exact,
    string StemField,
    IReadOnlyList<string> Stems,
    IReadOnlyList<string> Latin,
    IReadOnlyList<string> Keys);
