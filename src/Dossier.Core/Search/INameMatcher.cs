namespace Dossier.Core.Search;

/// <summary>
/// Whether a name answers what someone typed, by the search's own rules (the same spellings, scripts and variants a
/// search matches), so the People and Places finders find what search finds.
/// </summary>
public interface INameMatcher
{
    /// <summary>True when every word of <paramref name="query"/> matches a word of <paramref name="name"/>.</summary>
    bool Matches(string query, string name);
}
