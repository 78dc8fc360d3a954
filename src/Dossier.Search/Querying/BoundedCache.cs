using System.Collections.Concurrent;

namespace Dossier.Search.Querying;

/// <summary>
/// The one rule of the search's memo tables (a query's words, compiled Levenshtein automata, fuzzy queries): a value is
/// looked up first, and the table is counted only when one is to be added, since a <see cref="ConcurrentDictionary{TKey, TValue}"/>
/// counts under every one of its locks; a full table is emptied and fills again with what searches ask for now.
/// </summary>
internal static class BoundedCache
{
    public static TValue GetOrAdd<TKey, TValue, TArg>(ConcurrentDictionary<TKey, TValue> cache, TKey key, int capacity, Func<TKey, TArg, TValue> make, TArg argument)
        where TKey : notnull
    {
        if (cache.TryGetValue(key, out var value))
        {
            return value;
        }
        if (cache.Count >= capacity)
        {
            cache.Clear();
        }
        return cache.GetOrAdd(key, make, argument);
    }

    public static TValue GetOrAdd<TKey, TValue>(ConcurrentDictionary<TKey, TValue> cache, TKey key, int capacity, Func<TKey, TValue> make)
        where TKey : notnull =>
        GetOrAdd(cache, key, capacity, static (k, m) => m(k), make);
}
