using Dossier.Search.Analysis;

namespace Dossier.Search.Authorities;

/// <summary>
/// The name words of the public people and places by their skeleton key, for telling a name's spellings from the other
/// words a key holds (see QueryContext), and by their loose skeleton (<see cref="LooseKey"/>), for "did you
/// mean" across scripts: a name written in Cyrillic as Russian writes a foreign one (Эйзенхауэр, Рузвельт, Гувер, Насер,
/// Тегеран) is offered the name as the archive spells it (Eisenhower, Roosevelt, Hoover, Nasser, Tehran). Never used to
/// match: a loose skeleton is shared by too many words.
/// </summary>
internal sealed partial class AuthorityNames
{
    private readonly Dictionary<string, List<string>> _byLooseKey = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<string>> _byKey = new(StringComparer.Ordinal);

    /// <summary>The name words (latn terms) whose skeleton key (<see cref="PhoneticKey"/>, the key field's) is <paramref name="key"/>.</summary>
    public IReadOnlyList<string> KeyedAs(string key) =>
        _byKey.TryGetValue(key, out var words) ? words : [];

    /// <summary>The name words (latn terms) one of whose readings has the loose skeleton <paramref name="key"/> (<see cref="LooseKey.Of(ReadOnlySpan{char})"/>).</summary>
    public IReadOnlyList<string> SoundingLike(string key) =>
        _byLooseKey.TryGetValue(key, out var words) ? words : [];

    private void AddSounds(IEnumerable<string> nameWords)
    {
        foreach (var word in nameWords)
        {
            if (PhoneticKey.Of(word) is { } skeleton)
            {
                AddTo(_byKey, skeleton, word);
            }
            foreach (var key in LooseKey.Readings(word))
            {
                AddTo(_byLooseKey, key, word);
            }
        }
    }

    private static void AddTo(Dictionary<string, List<string>> words, string key, string word)
    {
        var list = words.TryGetValue(key, out var known) ? known : words[key] = [];
        if (!list.Contains(word, StringComparer.Ordinal))
        {
            list.Add(word);
        }
    }
}
