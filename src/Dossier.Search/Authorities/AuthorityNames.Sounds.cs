using Dossier.Search.Analysis;

namespace Dossier.Search.Authorities;

/// <summary>
/// The name words of the public people and places by their loose skeleton (<see cref="LooseKey"/>), for "did you
/// mean" across scripts: a name written in Cyrillic as Russian writes a foreign one (Эйзенхауэр, Рузвельт, Гувер, Насер,
/// Тегеран) is offered the name as the archive spells it (Eisenhower, Roosevelt, Hoover, Nasser, Tehran). Never used to
/// match: a loose skeleton is shared by too many words.
/// </summary>
internal sealed partial class AuthorityNames
{
    private readonly Dictionary<string, List<string>> _byLooseKey = new(StringComparer.Ordinal);

    /// <summary>The name words (latn terms) one of whose readings has the loose skeleton <paramref name="key"/> (<see cref="LooseKey.Of(ReadOnlySpan{char})"/>).</summary>
    public IReadOnlyList<string> SoundingLike(string key) =>
        _byLooseKey.TryGetValue(key, out var words) ? words : [];

    private void AddSounds(IEnumerable<string> nameWords)
    {
        foreach (var word in nameWords)
        {
            foreach (var key in LooseKey.Readings(word))
            {
                var words = _byLooseKey.TryGetValue(key, out var list) ? list : _byLooseKey[key] = [];
                if (!words.Contains(word, StringComparer.Ordinal))
                {
                    words.Add(word);
                }
            }
        }
    }
}
