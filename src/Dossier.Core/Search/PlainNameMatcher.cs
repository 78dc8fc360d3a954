namespace Dossier.Core.Search;

/// <summary>The matcher of an index that has no rules of its own: every typed word is found in the name, ignoring case.</summary>
public sealed class PlainNameMatcher : INameMatcher
{
    public static PlainNameMatcher Instance { get; } = new();

    public Task<Func<string, bool>> ReadAsync(string query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return Task.FromResult<Func<string, bool>>(name => words.Length > 0 && words.All(w => name.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }
}
