using System.Text;
using System.Xml.Linq;
using Dossier.Core.Authorities;
using Dossier.Core.Names;

namespace Dossier.Bench.Names;

/// <summary>
/// A FRUS volume read for the recognition bench: its authority files (the front matter's list of persons, with
/// the spellings and places seen in the build split only) and each document's text with its
/// <c>persName</c>/<c>placeName</c> markup taken out and kept aside as the gold spans.
/// </summary>
internal sealed class FrusGold
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    private static readonly XNamespace Xml = XNamespace.Xml;

    public List<Authority> Authorities { get; } = [];

    public List<GoldDocument> Documents { get; } = [];

    /// <summary>The volume's id (its file's name), as the TEI importer makes it each document's collection.</summary>
    public string Volume { get; private set; } = "";

    /// <summary>One document: its plain text, the marked names (kind, start, length, corresp key) and whether it is held out.</summary>
    internal sealed record GoldDocument(string Id, string Text, List<(AuthorityKind Kind, int Start, int Length, string? Key)> Names, List<(int Start, int Length)> Datelines, bool HeldOut);

    /// <summary>A document is held out when the hash of its id puts it in the last three tenths; those build and tune nothing.</summary>
    public static bool IsHeldOut(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash % 10 >= 7;
    }

    /// <summary>
    /// Reads a volume. With <paramref name="archiveIds"/>, its people take the ids the TEI importer gives them (one per
    /// heading, whatever the volume: <see cref="AuthorityId.For"/>) and their list's key as a source key, and the gold's
    /// keys are those ids, so that the authority files of several volumes can be put together as an archive holds them.
    /// </summary>
    public static FrusGold Read(string path, bool archiveIds = false)
    {
        var root = XDocument.Load(path).Root!;
        var volume = Path.GetFileNameWithoutExtension(path);
        var gold = new FrusGold { Volume = volume };
        var people = new Dictionary<string, Authority>(StringComparer.Ordinal);
        foreach (var list in root.Descendants(Tei + "list").Where(l => (string?)l.Attribute("type") == "names"))
        {
            foreach (var name in list.Descendants(Tei + "persName").Where(p => p.Attribute(Xml + "id") is not null))
            {
                var key = (string)name.Attribute(Xml + "id")!;
                var heading = Normalize(name.Value);
                var item = name.Ancestors(Tei + "item").FirstOrDefault();
                var description = item is null ? null : Normalize(item.Value[Math.Min(item.Value.Length, item.Value.IndexOf(name.Value, StringComparison.Ordinal) + name.Value.Length)..]).TrimStart(',', ' ');
                people[key] = archiveIds
                    ? new Authority { Id = AuthorityId.For(AuthorityKind.Person, heading), Kind = AuthorityKind.Person, PreferredName = heading, Description = description, SourceKeys = [volume + "#" + key] }
                    : new Authority { Id = key, Kind = AuthorityKind.Person, PreferredName = heading, Description = description };
            }
        }
        var places = new Dictionary<string, Authority>(StringComparer.Ordinal);
        foreach (var div in root.Descendants(Tei + "div").Where(d => (string?)d.Attribute("type") == "document"))
        {
            var id = volume + "/" + (string?)div.Attribute(Xml + "id");
            var text = new StringBuilder();
            var names = new List<(AuthorityKind, int, int, string?)>();
            var datelines = new List<(int, int)>();
            Flatten(div, text, names, datelines);
            if (archiveIds)
            {
                names = names.Select(n => n with { Item4 = n.Item4 is not null && people.TryGetValue(n.Item4, out var named) ? named.Id : n.Item4 }).ToList();
            }
            var heldOut = IsHeldOut(id);
            gold.Documents.Add(new GoldDocument(id, text.ToString(), names, datelines, heldOut));
            if (heldOut)
            {
                continue;
            }
            foreach (var (kind, start, length, key) in names)
            {
                var spelling = text.ToString(start, length);
                if (kind == AuthorityKind.Person && key is not null && people.TryGetValue(key, out var person))
                {
                    // As the importer does: a spelling that is not the tagged person's (a slip of the markup) is no variant of theirs.
                    if (!person.Variants.Exists(v => string.Equals(v.Name, spelling, StringComparison.Ordinal)) && SpellingFit.Fits(spelling, person.PreferredName))
                    {
                        person.Variants.Add(new NameVariant { Name = spelling, Lang = "en" });
                    }
                }
                else if (kind == AuthorityKind.Place)
                {
                    var placeId = AuthorityId.For(AuthorityKind.Place, spelling);
                    places.TryAdd(placeId, new Authority { Id = placeId, Kind = AuthorityKind.Place, PreferredName = spelling });
                }
            }
        }
        gold.Authorities.AddRange(people.Values);
        gold.Authorities.AddRange(places.Values);
        return gold;
    }

    private static void Flatten(XElement element, StringBuilder text, List<(AuthorityKind, int, int, string?)> names, List<(int, int)> datelines)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t)
            {
                text.Append(Normalize(t.Value, keepEdges: true));
            }
            else if (node is XElement e)
            {
                var kind = e.Name.LocalName switch
                {
                    "persName" => AuthorityKind.Person,
                    "placeName" => AuthorityKind.Place,
                    _ => (AuthorityKind?)null,
                };
                if (e.Name.LocalName is "p" or "head" or "dateline" or "note" or "closer" or "signed" or "item" or "opener" or "salute"
                    && text.Length > 0 && !char.IsWhiteSpace(text[^1]))
                {
                    text.Append("\n\n");
                }
                var start = text.Length;
                Flatten(e, text, names, datelines);
                if (e.Name.LocalName == "dateline")
                {
                    datelines.Add((start, text.Length - start));
                }
                if (kind is { } k && text.Length > start)
                {
                    var key = ((string?)e.Attribute("corresp"))?.Trim().TrimStart('#');
                    names.Add((k, start, text.Length - start, key));
                }
                if (e.Name.LocalName is "p" or "head" or "dateline" or "note" or "closer" or "signed" or "item" or "opener" or "salute")
                {
                    text.Append("\n\n");
                }
                else if (e.Name.LocalName == "lb")
                {
                    text.Append('\n');
                }
            }
        }
    }

    private static string Normalize(string value, bool keepEdges = false)
    {
        var collapsed = string.Join(' ', value.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (!keepEdges || collapsed.Length == 0)
        {
            return collapsed;
        }
        var lead = char.IsWhiteSpace(value[0]) ? " " : "";
        var trail = char.IsWhiteSpace(value[^1]) ? " " : "";
        return lead + collapsed + trail;
    }
}
