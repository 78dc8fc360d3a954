using Dossier.Core.Authorities;
using Dossier.Core.Records;

namespace Dossier.Core.Names;

/// <summary>
/// Finds the people and places of the authority files in every text layer of a record, in any script and case
/// ending, and names the files do not hold yet. A known name is found by its spelling key, its Russian stem or
/// (for long words) its consonant skeleton; namesakes are told apart by the forenames, initials and titles before
/// it. A new name needs evidence: spelled in two scripts in one record (a translation transliterates names and
/// translates words) or introduced by a title.
/// </summary>
/// <remarks>Thread-safe while nothing adds to the gazetteer: its memos are concurrent.</remarks>
public sealed partial class NameRecognizer(NameGazetteer gazetteer)
{
    /// <summary>A word this long or longer may be found by the consonant skeleton of a known name.</summary>
    private const int LongWord = 6;

    /// <summary>Words whose keys and forms are kept, at most, in each of the two tables below.</summary>
    private const int Kept = 200_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> _keys = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _forms = new(StringComparer.Ordinal);

    // The tables' sizes, counted as words are added: a ConcurrentDictionary counts its entries under every one of its
    // locks, which grow with it (to 1,024): asked at each new word, it took 4.5 % of the CPU of the 100 volumes' import
    // while the files were stored (a profile).
    private int _keysKept;
    private int _formsKept;

    public NameRecognition Recognise(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var known = new List<NameMention>();
        var unknown = new List<Candidate>();
        var forms = new HashSet<string>(StringComparer.Ordinal);
        // The record's collections: a namesake listed by one of them is the one meant (see Choose).
        var here = record.Collections.Select(c => c.CollectionId).ToHashSet(StringComparer.Ordinal);
        for (var layer = 0; layer < record.Layers.Count; layer++)
        {
            RecogniseLayer(layer, record.Layers[layer], here, known, unknown, forms);
        }
        return new NameRecognition(known, NewNames.Gather(unknown, record.Layers)) { Forms = forms };
    }

    private void RecogniseLayer(int layer, TextLayer textLayer, HashSet<string> here, List<NameMention> known, List<Candidate> unknown, HashSet<string> forms)
    {
        // Names are read where search reads: a huge layer's first million characters (the rest is stored, not searched).
        var text = textLayer.Text[..Importing.ImportLimits.SearchableLength(textLayer.Text)];
        var tokens = NameTokenizer.Tokenize(text);
        var lowercase = CommonWords(text, tokens);
        var consumed = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.Capitalized || token.Length < 2 || i <= consumed)
            {
                continue;
            }
            var word = text.Substring(token.Start, token.Length);
            var commonWord = lowercase.Contains(word);
            if (commonWord && token.SentenceStart)
            {
                continue;
            }
            var keys = KeysOf(word);
            // Every form Lookup may look up, whether or not the gazetteer holds it now: the record's sieve.
            forms.UnionWith(FormsOf(word, keys));
            var next = Next(text, tokens, i);
            // A title before a name ("King Hussein") or after "the" ("the King", "the Secretary") is no surname.
            if (keys.Count == 0 || IsRomanNumeral(word) || NameCues.InstitutionFollows(next) || NameCues.IsMonthOfADate(text, token.Start, token.Length)
                || (NameCues.IsTitle(word) && ((next is { Length: > 0 } && char.IsUpper(next[0])) || string.Equals(Previous(text, tokens, i), "the", StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }
            var found = Lookup(keys, word, text, tokens, i);
            if (found.Count == 0)
            {
                // A new name is looked for only where a known one would be taken (NoPersonHere), so that a file imported
                // again links the names its first import brought as that import did.
                var previous = Previous(text, tokens, i);
                if (!token.SentenceStart && !commonWord && token.Length >= 4 && !IsAcronym(word) && !NameCues.NeverAName(keys)
                    && !NoPersonHere(text, tokens, i, i, previous))
                {
                    unknown.Add(new Candidate(layer, token, word, keys, previous, PossessiveAfter(text, token), NameCues.PlaceFollows(Next(text, tokens, i))));
                }
                continue;
            }
            if (Choose(found, text, tokens, i, here) is not var (best, confidence, evidence, first))
            {
                continue;
            }
            if (first == i && NameCues.IsFunctionWord(word))
            {
                // "He" keys as "Hee" of Park Chung Hee; in "Tran Huu The" the word ends a longer name and stays.
                continue;
            }
            if (commonWord)
            {
                confidence *= 0.6;
                evidence += "; also written as a common word";
            }
            consumed = i;
            var start = tokens[first].Start;
            known.Add(new NameMention
            {
                Layer = layer,
                Start = start,
                Length = token.Start + token.Length - start,
                Text = text[start..(token.Start + token.Length)],
                Kind = best.Kind,
                AuthorityId = best.AuthorityId,
                Confidence = Math.Round(confidence, 3),
                Evidence = evidence,
            });
        }
    }

    // The capitalised words that the layer also writes in lower case ("Warren" is a name, "warren" a word).
    private static HashSet<string> CommonWords(string text, List<NameToken> tokens)
    {
        var capitalised = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in tokens)
        {
            if (token.Capitalized && token.Length >= 2)
            {
                capitalised.Add(text.Substring(token.Start, token.Length));
            }
        }
        var common = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var lookup = capitalised.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var token in tokens)
        {
            if (!token.Capitalized && lookup.TryGetValue(text.AsSpan(token.Start, token.Length), out var word))
            {
                common.Add(word);
            }
        }
        return common;
    }

    private List<(GazetteerEntry Entry, double Confidence, string Evidence)> Lookup(IReadOnlyList<string> keys, string word, string text, List<NameToken> tokens, int i)
    {
        var found = new List<(GazetteerEntry, double, string)>();
        for (var k = 0; k < keys.Count; k++)
        {
            var shortKey = NameForms.Consonants(NameForms.Skeleton(keys[k])) < NameGazetteer.ShortKeyConsonants;
            foreach (var entry in gazetteer.ByKey(keys[k]))
            {
                if (BeforeMatches(entry, text, tokens, i) && (!shortKey || gazetteer.IsCloseSpelling(entry.AuthorityId, word)))
                {
                    found.Add((entry, k == 0 ? 0.95 : 0.85, k == 0 ? "known spelling" : "known name with a Russian case ending"));
                }
            }
        }
        if (found.Count == 0 && word.Length >= LongWord)
        {
            foreach (var key in keys)
            {
                var skeleton = NameForms.Skeleton(key);
                if (NameForms.Consonants(skeleton) < NameGazetteer.SkeletonConsonants)
                {
                    continue;
                }
                foreach (var entry in gazetteer.BySkeleton(skeleton))
                {
                    // The skeleton finds the candidates; the spelling must still be close (Greece is not Gratsos).
                    if (BeforeMatches(entry, text, tokens, i) && entry.Keys.Any(k => Levenshtein.Distance(k, key) <= Math.Max(1, key.Length / 4)))
                    {
                        found.Add((entry, 0.7, "close spelling of a known name"));
                    }
                }
            }
        }
        return found;
    }

    private static bool BeforeMatches(GazetteerEntry entry, string text, List<NameToken> tokens, int i)
    {
        for (var b = 0; b < entry.Before.Count; b++)
        {
            var j = i - entry.Before.Count + b;
            if (j < 0 || !string.Equals(NameKey.For(text.Substring(tokens[j].Start, tokens[j].Length)), entry.Before[b], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    // Two words of one name stand apart by spaces, an initial's full stop or a line break only.
    private static bool Adjacent(string text, NameToken left, NameToken right)
    {
        for (var p = left.Start + left.Length; p < right.Start; p++)
        {
            if (text[p] is not (' ' or '.' or '\n' or '\u00A0'))
            {
                return false;
            }
        }
        return right.Start - (left.Start + left.Length) <= 3;
    }

    internal static string? Previous(string text, List<NameToken> tokens, int i) =>
        PreviousSpan(text, tokens, i) is { IsEmpty: false } previous ? previous.ToString() : null;

    /// <summary>
    /// The word right before token <paramref name="i"/> (at most three characters before it), or nothing; a possessive
    /// is no word before a name ("the Secretary’s Staff Meeting": "Secretary" is no title of "Staff").
    /// </summary>
    private static ReadOnlySpan<char> PreviousSpan(string text, List<NameToken> tokens, int i)
    {
        if (i == 0)
        {
            return [];
        }
        var end = tokens[i - 1].Start + tokens[i - 1].Length;
        return tokens[i].Start - end <= 3 && !PossessiveAfter(text, tokens[i - 1])
            ? text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length)
            : [];
    }

    private static string? Next(string text, List<NameToken> tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Start - (tokens[i].Start + tokens[i].Length) <= 2
            ? text.Substring(tokens[i + 1].Start, tokens[i + 1].Length)
            : null;

    private static bool PossessiveAfter(string text, NameToken token)
    {
        var end = token.Start + token.Length;
        return end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S';
    }

    private static bool IsRomanNumeral(string word) => word.Length <= 4 && word.All(c => c is 'I' or 'V' or 'X');

    private static bool IsAcronym(string word) => word.Length <= 5 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private IReadOnlyList<string> KeysOf(string word)
    {
        if (!_keys.TryGetValue(word, out var keys))
        {
            keys = NameForms.Keys(word);
            if (Volatile.Read(ref _keysKept) < Kept && _keys.TryAdd(word, keys))
            {
                Interlocked.Increment(ref _keysKept);
            }
        }
        return keys;
    }

    // The key forms of a word and, for one long enough (as Lookup asks), the skeleton forms of its keys.
    private string[] FormsOf(string word, IReadOnlyList<string> keys)
    {
        if (!_forms.TryGetValue(word, out var forms))
        {
            var list = keys.Select(NameSieve.KeyForm).ToList();
            if (word.Length >= LongWord)
            {
                list.AddRange(keys.Select(NameForms.Skeleton).Where(s => NameForms.Consonants(s) >= NameGazetteer.SkeletonConsonants).Select(NameSieve.SkeletonForm));
            }
            forms = [.. list];
            if (Volatile.Read(ref _formsKept) < Kept && _forms.TryAdd(word, forms))
            {
                Interlocked.Increment(ref _formsKept);
            }
        }
        return forms;
    }

    internal sealed record Candidate(int Layer, NameToken Token, string Word, IReadOnlyList<string> Keys, string? Previous, bool Possessive, bool PlaceNext);
}
