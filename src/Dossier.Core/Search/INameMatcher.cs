namespace Dossier.Core.Search;

/// <summary>
/// Whether a name answers what someone typed, by the search's own rules (the same spellings, scripts and variants a
/// search matches, and the same words left out), so the People and Places finders find what search finds.
/// </summary>
public interface INameMatcher
{
    /// <summary>
    /// Reads <paramref name="query"/> once, as a search would read it now, and returns the test of a name: true when every
    /// word of the query matches a word of the name.
    /// </summary>
    Task<Func<string, bool>> ReadAsync(string query, CancellationToken cancellationToken = default);
}
