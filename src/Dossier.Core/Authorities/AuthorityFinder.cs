namespace Dossier.Core.Authorities;

/// <summary>
/// The People and Places finders' one rule, in the reading room and on the command line: an authority is found by what
/// someone typed when the store's search found it (a name containing the text) or when one of its names answers the
/// query by the search's own rules (<see cref="Search.INameMatcher"/>).
/// </summary>
public static class AuthorityFinder
{
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
