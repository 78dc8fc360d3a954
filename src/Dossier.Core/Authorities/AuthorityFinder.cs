namespace Dossier.Core.Authorities;

/// <summary>
/// The People and Places finders' one rule, in the reading room and on the command line: an authority is found by what
/// someone typed when one of its names holds the text at the start of a word (<see cref="Holds"/>: the store's search
/// finds names containing it anywhere) or when one of its names answers the query by the search's own rules
/// (<see cref="Search.INameMatcher"/>).
/// </summary>
public static class AuthorityFinder
{
    /// <summary>
    /// Whether the folded <paramref name="name"/> holds the folded text <paramref name="typed"/> at the start of one of
    /// its words ("khrush" in "khrushchev, nikita s."): within a word it is mostly another name's letters ("china" in
    /// "burchinal, lieutenant general david a.").
    /// </summary>
    public static bool Holds(string name, string typed)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(typed);
        if (typed.Length == 0)
        {
            return false;
        }
        for (var at = name.IndexOf(typed, StringComparison.Ordinal); at >= 0; at = name.IndexOf(typed, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(name[at - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Of <paramref name="candidates"/>, in their order, those whose id is in <paramref name="contained"/> or one of whose
    /// names (<see cref="Authority.Names"/>, of <paramref name="view"/>'s copy when given: what the public may see) answers.
    /// </summary>
    public static IEnumerable<Authority> Found(IEnumerable<Authority> candidates, IReadOnlySet<string> contained, Func<string, bool> answers, Func<Authority, Authority>? view = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(contained);
        ArgumentNullException.ThrowIfNull(answers);
        return candidates.Where(a => contained.Contains(a.Id) || (view is null ? a : view(a)).Names().Any(answers));
    }
}
