using System.Globalization;
using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Core.Romanization;

namespace Dossier.Core.Names;

/// <summary>
/// Gathers the capitalised words no authority holds into new names: the same name in two scripts of one record
/// (Pischevari / Пишевера, Tabriz / Тебризе) is a name, since a translation transliterates names and translates
/// other words; a word after a title ("Cde. Khalykov") is a person, but alone that is weaker evidence.
/// Kind comes from the words before it (a title: person; "in", "в", "гор.": place).
/// </summary>
internal static class NewNames
{
    public static List<RecognisedName> Gather(List<NameRecognizer.Candidate> candidates, IReadOnlyList<TextLayer> layers)
    {
        var result = new List<RecognisedName>();
        if (candidates.Count == 0)
        {
            return result;
        }
        var clusters = Cluster(candidates);
        foreach (var cluster in clusters)
        {
            var scripts = cluster.Select(c => c.Token.Cyrillic).Distinct().Count();
            var personCues = cluster.Count(c => c.Possessive || NameCues.KindBefore(c.Previous) == AuthorityKind.Person);
            var placeCues = cluster.Count(c => c.PlaceNext || NameCues.KindBefore(c.Previous) == AuthorityKind.Place);
            double confidence;
            string evidence;
            if (scripts > 1)
            {
                confidence = 0.7 + (0.03 * Math.Min(cluster.Count - 2, 5));
                evidence = "the same name in two scripts";
            }
            else if (personCues > 0)
            {
                confidence = 0.45 + (0.03 * Math.Min(personCues - 1, 3));
                evidence = "after a title";
            }
            else
            {
                continue;
            }
            if (personCues + placeCues == 0)
            {
                confidence -= 0.1;
                evidence += "; nothing says whether person or place";
            }
            var kind = placeCues > personCues ? AuthorityKind.Place : AuthorityKind.Person;
            var name = new RecognisedName
            {
                Kind = kind,
                Confidence = Math.Round(confidence, 3),
                Evidence = evidence,
                Heading = Heading(cluster),
            };
            foreach (var candidate in cluster)
            {
                var lang = layers[candidate.Layer].Lang;
                if (!name.Spellings.Exists(s => string.Equals(s.Name, candidate.Word, StringComparison.Ordinal)))
                {
                    name.Spellings.Add((candidate.Word, lang));
                }
                name.Mentions.Add(new NameMention
                {
                    Layer = candidate.Layer,
                    Start = candidate.Token.Start,
                    Length = candidate.Token.Length,
                    Text = candidate.Word,
                    Kind = kind,
                    Confidence = name.Confidence,
                    Evidence = evidence,
                });
            }
            result.Add(name);
        }
        return result;
    }

    // Words are one name when a key or a consonant skeleton of three consonants or more is shared.
    private static List<List<NameRecognizer.Candidate>> Cluster(List<NameRecognizer.Candidate> candidates)
    {
        var clusters = new List<List<NameRecognizer.Candidate>>();
        var byForm = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var forms = Forms(candidate).ToList();
            var index = -1;
            foreach (var form in forms)
            {
                if (byForm.TryGetValue(form, out var found))
                {
                    index = found;
                    break;
                }
            }
            if (index < 0)
            {
                index = clusters.Count;
                clusters.Add([]);
            }
            clusters[index].Add(candidate);
            foreach (var form in forms)
            {
                byForm.TryAdd(form, index);
            }
        }
        return clusters;
    }

    private static IEnumerable<string> Forms(NameRecognizer.Candidate candidate)
    {
        foreach (var key in candidate.Keys)
        {
            yield return "k:" + key;
            var skeleton = NameForms.Skeleton(key);
            if (NameForms.Consonants(skeleton) >= 3)
            {
                yield return "s:" + skeleton;
            }
        }
    }

    // The Latin spelling written most often (WrittenSpelling), else the Cyrillic one romanized by BGN/PCGN.
    private static string Heading(List<NameRecognizer.Candidate> cluster)
    {
        var latin = WrittenSpelling.MostWrittenLatin(cluster.Select(c => (c.Word, c.Token.Cyrillic, c.Layer, c.Token.Start)).ToList());
        if (latin is not null)
        {
            return latin.All(c => !char.IsLetter(c) || char.IsUpper(c))
                ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(latin.ToLowerInvariant())
                : latin;
        }
        var first = cluster[0].Word;
        var romanized = Romanizer.Romanize(first, RomanizationScheme.BgnPcgn);
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(romanized.ToLowerInvariant());
    }
}
