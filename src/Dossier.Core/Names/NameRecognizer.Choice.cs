using System.Globalization;
using Dossier.Core.Authorities;

namespace Dossier.Core.Names;

// Which namesake a recognised word means, or none: Choose and what it asks.
public sealed partial class NameRecognizer
{
    /// <summary>
    /// Which of the entries found at token <paramref name="i"/> is meant: the ones the forenames, initials and titles
    /// before it agree with, then the longest name ("New York", not a person York), then a place named by its whole name
    /// rather than a person by surname alone ("Berlin" is the city, not Colonel Jack Berlin, unless a title says so),
    /// then one listed by the record's own collection (<paramref name="here"/>: a volume's list of persons), then the
    /// most cited. Null when the word, a person's surname alone, is a word of another name
    /// (<see cref="InsideAnotherName"/>) or the name of a country or a language (<see cref="NameCues.NamesCountryOrLanguage"/>).
    /// </summary>
    /// <remarks>
    /// Measured with `bench names --archive` (the 100 FRUS volumes' held-out documents, the authority files of all the
    /// volumes together). The longest name and the place: a marked place taken for a person 347 → 68, places in
    /// datelines found 95.2 → 98.1 %, people precision 60.1 → 62.5 %. Then the surname in another name, then a country
    /// or a language: people precision 62.5 → 71.9 → 74.8 %, recall 89.7 → 86.1 %, F1 0.737 → 0.784 → 0.801, right
    /// authority 72.6 → 75.1 % (of the first, the article alone 0.750, a capitalised word after alone 0.756, both 0.768,
    /// one before too 0.780). What they
    /// lose is a name used as an attribute ("the Gomulka regime", "Menderes Government") or after a nickname or a title
    /// the cues do not know ("Bob McNamara", "Secretaries Rusk"): with each volume's own files only, F1 0.915 → 0.906. A
    /// person named by surname alone after a forename earlier in the record was tried as that person: 790 more links,
    /// nearly all to the wrong namesake (right authority 72.6 → 72.1 %), so it is not done. The namesake the record's
    /// volume lists, with each document read in its volume: right authority 75.1 → 89.8 %, people recall 86.0 → 89.8 %,
    /// F1 0.801 → 0.821 (taken without sparing it the rivals its volume does not list, recall fell to 82.4 %).
    /// </remarks>
    private (GazetteerEntry Best, double Confidence, string Evidence, int First)? Choose(
        List<(GazetteerEntry Entry, double Confidence, string Evidence)> found, string text, List<NameToken> tokens, int i, HashSet<string> here)
    {
        var previous = Previous(text, tokens, i);
        var scored = new List<(GazetteerEntry Entry, double Confidence, string Evidence, int First, int Agreement)>();
        foreach (var group in found.GroupBy(f => f.Entry.AuthorityId, StringComparer.Ordinal))
        {
            var (entry, confidence, evidence) = group.MaxBy(f => f.Confidence);
            var first = i - entry.Before.Count;
            var agreement = 0;
            // Forenames and initials right before the surname: "Nikita S. Khrushchev", "N. S. Khrushchev".
            for (var j = first - 1; j >= 0 && j >= first - 3 && tokens[j].Capitalized && Adjacent(text, tokens[j], tokens[j + 1]); j--)
            {
                var before = text.Substring(tokens[j].Start, tokens[j].Length);
                var key = NameKey.For(before);
                if (key.Length == 0)
                {
                    break;
                }
                if (before.Length == 1 ? entry.Initials.Contains(key[0]) : entry.Forenames.Contains(key))
                {
                    agreement++;
                    first = j;
                }
                else
                {
                    if (before.Length > 1 && found.Any(f => f.Entry.Forenames.Contains(key)))
                    {
                        agreement -= 2;
                    }
                    break;
                }
            }
            if (previous is not null && entry.Kind == AuthorityKind.Person && NameCues.IsTitle(previous)
                && entry.PreferredName.Length > 0 && DescriptionHas(entry, previous))
            {
                agreement++;
            }
            scored.Add((entry, confidence, evidence, first, agreement));
        }
        var top = scored.Max(s => s.Agreement);
        var candidates = scored.Where(s => s.Agreement == top).ToList();
        var longest = candidates.Min(s => s.First);
        candidates.RemoveAll(s => s.First != longest);
        var placeNamed = false;
        if (top == 0 && candidates.Exists(c => c.Entry.Kind == AuthorityKind.Place) && candidates.Exists(c => c.Entry.Kind == AuthorityKind.Person))
        {
            // A title before the word makes it a person ("Colonel Berlin"); else the place is meant.
            var person = Titled(previous);
            candidates.RemoveAll(c => c.Entry.Kind != (person ? AuthorityKind.Person : AuthorityKind.Place));
            placeNamed = !person;
        }
        // Of namesakes alike, one listed by the record's own collection first (a volume's list of persons names the people
        // of its documents), then the best known.
        var best = candidates.MaxBy(s => (s.Entry.ListedIn.Overlaps(here), s.Entry.Weight, s.Confidence));
        if (top == 0 && best.Entry.Kind == AuthorityKind.Person && NoPersonHere(text, tokens, best.First, i, previous))
        {
            return null;
        }
        var chosen = best.Confidence;
        var evidenceText = best.Evidence;
        if (top > 0)
        {
            chosen = Math.Min(0.99, chosen + (0.02 * top));
            evidenceText += "; forename, initial or title agrees";
        }
        if (placeNamed)
        {
            evidenceText += "; a place of that name, not a person by surname alone";
        }
        // A namesake listed by the record's collection has rivals only among the others it lists.
        var listed = best.Entry.ListedIn.Overlaps(here);
        var alike = listed ? candidates.Where(c => c.Entry.ListedIn.Overlaps(here)).ToList() : candidates;
        var rivals = alike.Where(c => !ReferenceEquals(c.Entry, best.Entry) && !SamePerson(c.Entry, best.Entry)).ToList();
        if (rivals.Count > 0)
        {
            var total = alike.Sum(c => (double)c.Entry.Weight);
            // Half the confidence rides on the share of citations: the most cited namesake is usually meant.
            chosen *= 0.5 + (0.5 * best.Entry.Weight / total);
            evidenceText += string.Create(CultureInfo.InvariantCulture, $"; {rivals.Count + 1} namesakes, the most cited chosen");
        }
        else if (listed && candidates.Count > alike.Count)
        {
            evidenceText += "; of the namesakes, the one listed by the record's collection";
        }
        return (best.Entry, chosen, evidenceText, best.First);
    }

    /// <summary>
    /// Whether tokens <paramref name="first"/> to <paramref name="last"/>, a person's name by surname alone (no forename
    /// or initial agreeing; <paramref name="previous"/> is the word before the last token), name nobody here: no title
    /// stands before them, and they are a word of another name (<see cref="InsideAnotherName"/>) or a country's or a
    /// language's name by itself ("Jordan", "French"). One rule for known names and new ones.
    /// </summary>
    private bool NoPersonHere(string text, List<NameToken> tokens, int first, int last, string? previous) =>
        !Titled(previous)
        && (InsideAnotherName(text, tokens, first, last)
            || (first == last && NameCues.NamesCountryOrLanguage(text.Substring(tokens[first].Start, tokens[first].Length))));

    private static bool Titled(string? previous) => previous is not null && NameCues.IsTitle(previous);

    /// <summary>
    /// Whether tokens <paramref name="first"/> to <paramref name="last"/>, a person's name with nothing before it that
    /// names the person, are a word of something else: after "the" ("the French", "the West": an article before a
    /// surname makes it a people, a point or a thing), or next to another capitalised word: followed by it ("French
    /// Government", "West Germany", "House Foreign Affairs Committee"), or after one that is no title, place or word of
    /// the closed classes, straight or through "of" ("Soviet Bloc", "Viet Nam", "Western Powers", "Foreign Affairs",
    /// "Joint Chiefs of Staff", "Government of Jordan").
    /// </summary>
    private bool InsideAnotherName(string text, List<NameToken> tokens, int first, int last)
    {
        var before = PreviousSpan(text, tokens, first);
        if (before.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // The capitalised word the name follows, straight ("Soviet Bloc") or through "of" ("Chiefs of Staff"); through
        // "of", a title before is the office's ("Chairman Joint Chiefs of Staff"), where straight it may be the
        // person's ("Secretary of State Dulles").
        var through = before.Equals("of", StringComparison.Ordinal);
        var owner = through ? first - 2 : first - 1;
        if (owner < 0 || !tokens[owner].Capitalized || tokens[owner].SentenceStart || !SingleSpace(text, tokens[owner], tokens[owner + 1]))
        {
            return FollowedByName(text, tokens, last);
        }
        var word = text.Substring(tokens[owner].Start, tokens[owner].Length);
        return (!NameCues.IsFunctionWord(word) && (through || !TitleBefore(text, tokens, first)) && !IsPlace(word)) || FollowedByName(text, tokens, last);
    }

    /// <summary>Whether another capitalised word follows token <paramref name="last"/> straight ("French Government").</summary>
    private static bool FollowedByName(string text, List<NameToken> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Capitalized && SingleSpace(text, tokens[last], tokens[last + 1]);

    /// <summary>Whether <paramref name="word"/> is a known place by itself ("in Burma Tito found"; "in Germany De Gaulle was").</summary>
    private bool IsPlace(string word) =>
        KeysOf(word) is { Count: > 0 } keys && gazetteer.ByKey(keys[0]).Any(e => e.Kind == AuthorityKind.Place && e.Before.Count == 0);

    /// <summary>Whether one space, and nothing else, parts two tokens.</summary>
    private static bool SingleSpace(string text, NameToken left, NameToken right) =>
        text.AsSpan(left.Start + left.Length, right.Start - (left.Start + left.Length)) is " " or "\u00A0";

    /// <summary>
    /// Whether a title stands among the four words before token <paramref name="first"/>, the words between parted by
    /// single spaces ("Secretary of State Dulles"): a title before a comma or other mark is another's ("Chairman, Joint
    /// Chiefs of Staff" names the chairman, not the Dutch minister Cornelis Staf).
    /// </summary>
    private static bool TitleBefore(string text, List<NameToken> tokens, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 4 && SingleSpace(text, tokens[j], tokens[j + 1]); j--)
        {
            if (NameCues.IsTitle(text.Substring(tokens[j].Start, tokens[j].Length)))
            {
                return true;
            }
        }
        return false;
    }

    private bool SamePerson(GazetteerEntry a, GazetteerEntry b)
    {
        if (a.Kind != b.Kind || a.Kind != AuthorityKind.Person)
        {
            return false;
        }
        var pair = string.CompareOrdinal(a.AuthorityId, b.AuthorityId) < 0 ? (a.AuthorityId, b.AuthorityId) : (b.AuthorityId, a.AuthorityId);
        if (!_samePerson.TryGetValue(pair, out var same))
        {
            same = Matcher.Compare(a.PreferredName, b.PreferredName).IsProbableMatch;
            _samePerson.TryAdd(pair, same);
        }
        return same;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), bool> _samePerson = new();

    private static readonly NameVariantMatcher Matcher = new();

    private static bool DescriptionHas(GazetteerEntry entry, string title) =>
        entry.Description?.Contains(title, StringComparison.OrdinalIgnoreCase) == true;
}
