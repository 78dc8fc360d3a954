using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Dossier.Bench.Languages;

/// <summary>
/// The texts the identifier is evaluated on, none of them used to build its profiles: the UDHR's 32 units in 18
/// languages (a legal declaration), the five time-capsule letters (Russian transcriptions, their FineReader,
/// ReHand and reconciled OCR, and German translations), paragraphs of a FRUS volume (English reports), and
/// paragraphs of the translated manual pages installed here (<see cref="ManPages"/>: French, Spanish, Italian,
/// Portuguese, Dutch, Polish, Czech, Swedish, Hungarian, Romanian, German).
/// </summary>
internal static partial class HeldOutText
{
    /// <summary>The set of manual pages, whose labels are their folder's language (see <see cref="Languages.ManPages"/>).</summary>
    public const string ManualSet = "man pages";

    public static IEnumerable<(string Set, string Tag, string Text)> Load(string shared)
    {
        var corpora = Path.Combine(shared, "corpora");
        using (var languages = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpora, "udhr", "udhr_languages.json"))))
        {
            var tags = languages.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("bcp47").GetString()!, StringComparer.Ordinal);
            foreach (var line in File.ReadLines(Path.Combine(corpora, "udhr", "udhr_parallel.jsonl")))
            {
                using var unit = JsonDocument.Parse(line);
                foreach (var text in unit.RootElement.GetProperty("texts").EnumerateObject())
                {
                    // Dari is Persian; Dossier answers "fa" for both.
                    var tag = tags[text.Name] == "fa-AF" ? "fa" : tags[text.Name];
                    yield return ("UDHR", tag, text.Value.GetString() ?? "");
                }
            }
        }
        var capsules = Path.Combine(corpora, "time-capsules");
        foreach (var (folder, set, tag) in new[] { ("Transkribierte Texte", "letters", "ru"), ("Texterkennung", "letters OCR", "ru"), ("Übersetzung", "letters", "de") })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(capsules, folder), "*.txt").Order(StringComparer.Ordinal))
            {
                foreach (var paragraph in Paragraphs(File.ReadAllText(file)))
                {
                    yield return (set, tag, paragraph);
                }
            }
        }
        foreach (var paragraph in FrusParagraphs(Directory.GetFiles(Path.Combine(corpora, "frus", "tei-mini"), "*.xml").Order(StringComparer.Ordinal).First(), 300))
        {
            yield return ("FRUS", "en", paragraph);
        }
        foreach (var (tag, paragraph) in ManPages.Load())
        {
            yield return (ManualSet, tag, paragraph);
        }
    }

    /// <summary>Blocks of at least 100 letters, split at blank lines (or at single lines when a file has none).</summary>
    private static IEnumerable<string> Paragraphs(string text)
    {
        var blocks = Blank().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var pieces = blocks.Length > 1 ? blocks : text.Split('\n');
        var current = "";
        foreach (var piece in pieces)
        {
            current = current.Length == 0 ? piece : current + "\n" + piece;
            if (current.Count(char.IsLetter) >= 100)
            {
                yield return current;
                current = "";
            }
        }
    }

    private static IEnumerable<string> FrusParagraphs(string volume, int count)
    {
        using var reader = XmlReader.Create(volume, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var found = 0;
        reader.MoveToContent();
        while (found < count && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "p")
            {
                var text = ((XElement)XNode.ReadFrom(reader)).Value;
                if (text.Count(char.IsLetter) >= 100)
                {
                    found++;
                    yield return text;
                }
                continue;
            }
            reader.Read();
        }
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Blank();
}
