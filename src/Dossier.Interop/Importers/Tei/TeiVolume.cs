using System.Xml.Linq;
using Dossier.Core.Authorities;
using Dossier.Core.Collections;
using Dossier.Core.Names;

namespace Dossier.Interop.Importers.Tei;

/// <summary>What the reader knows of the volume so far: its id and title, its list of names, the places seen, the current page.</summary>
internal sealed class TeiVolume(string fallbackId)
{
    public string Id { get; private set; } = fallbackId;

    public string Title { get; private set; } = fallbackId;

    public bool CollectionEmitted { get; set; }

    /// <summary>The volume's editors (titleStmt/editor), credited on every document it prints.</summary>
    public List<string> Editors { get; } = [];

    /// <summary>The printed page the reader is on, carried from one document to the next.</summary>
    public string? CurrentPage { get; set; }

    /// <summary>Person authorities by the names list's xml:id.</summary>
    public Dictionary<string, Authority> People { get; } = new(StringComparer.Ordinal);

    /// <summary>Place and organisation authorities by id.</summary>
    public Dictionary<string, Authority> Entities { get; } = new(StringComparer.Ordinal);

    /// <summary>The spellings already recorded per authority, so adding one stays constant-time.</summary>
    public HashSet<(Authority, string)> Variants { get; } = [];

    public Collection Collection => new()
    {
        Id = Id,
        Title = Title,
        Url = Tei.UrlBase + Id,
    };

    public void ReadHeader(XElement header)
    {
        var idno = header.Descendants(Tei.Ns + "idno").FirstOrDefault(e => string.Equals(Tei.Attr(e, "type"), "frus", StringComparison.Ordinal));
        if (idno is not null && idno.Value.Trim().Length > 0)
        {
            Id = idno.Value.Trim();
        }
        Editors.AddRange(header.Descendants(Tei.Ns + "titleStmt").Elements(Tei.Ns + "editor").Select(TeiTextBuilder.PlainText).Where(e => e.Length > 0));
        var titles = header.Descendants(Tei.Ns + "titleStmt").Elements(Tei.Ns + "title").ToList();
        var title = titles.FirstOrDefault(t => string.Equals(Tei.Attr(t, "type"), "complete", StringComparison.Ordinal)) ?? titles.FirstOrDefault();
        if (title is not null)
        {
            var text = TeiTextBuilder.PlainText(title);
            Title = text.Length > 0 ? text : Id;
        }
    }

    /// <summary>
    /// The person a <c>persName</c> tagged <paramref name="key"/> names. The volumes tag a name now and then with the
    /// wrong entry of their list ("Stalin", "Richard H. Davis" and "Knight" tagged as Khrushchev): a spelling that does
    /// not fit the tagged person's heading (<see cref="SpellingFit"/>) names the one other person of the list it fits,
    /// or nobody when it fits several; when it fits none (a nickname, a title) the tag stands.
    /// </summary>
    public Authority? PersonTagged(string? key, string spelling)
    {
        if (key is null || !People.TryGetValue(key, out var tagged))
        {
            return null;
        }
        if (IsSpellingOf(spelling, tagged))
        {
            return tagged;
        }
        if (!_retagged.TryGetValue((tagged, spelling), out var person))
        {
            var fitting = People.Values.Distinct().Where(p => !ReferenceEquals(p, tagged) && IsSpellingOf(spelling, p)).Take(2).ToList();
            _retagged[(tagged, spelling)] = person = fitting.Count switch
            {
                0 => tagged,
                1 => fitting[0],
                _ => null,
            };
        }
        return person;
    }

    /// <summary>Whether the spelling fits the person's heading (remembered: a volume tags the same spelling thousands of times).</summary>
    public bool IsSpellingOf(string spelling, Authority person)
    {
        if (!_fits.TryGetValue((person, spelling), out var fits))
        {
            _fits[(person, spelling)] = fits = SpellingFit.Fits(spelling, person.PreferredName);
        }
        return fits;
    }

    private readonly Dictionary<(Authority, string), bool> _fits = [];
    private readonly Dictionary<(Authority, string), Authority?> _retagged = [];

    /// <summary>Reads a <c>list type="names"</c>: each entry's persName with an xml:id becomes a person authority. Returns the new ones.</summary>
    public List<Authority> ReadNames(XElement list)
    {
        var added = new List<Authority>();
        var byId = new Dictionary<string, Authority>(StringComparer.Ordinal);
        foreach (var item in list.Descendants(Tei.Ns + "item"))
        {
            var person = item.Descendants(Tei.Ns + "persName").FirstOrDefault(p => Tei.XmlId(p) is not null);
            if (person is null)
            {
                continue;
            }
            var key = Tei.XmlId(person)!;
            var heading = TeiTextBuilder.PlainText(person).TrimEnd(',', ' ');
            if (heading.Length == 0)
            {
                continue;
            }
            var description = Describe(TeiTextBuilder.PlainText(item), heading);
            var id = AuthorityId.For(AuthorityKind.Person, heading);
            if (!byId.TryGetValue(id, out var authority))
            {
                authority = new Authority { Id = id, Kind = AuthorityKind.Person, PreferredName = heading, Description = description };
                byId[id] = authority;
                added.Add(authority);
            }
            authority.SourceKeys.Add(Id + "#" + key);
            People[key] = authority;
        }
        return added;
    }

    private static string? Describe(string item, string heading)
    {
        var rest = item.StartsWith(heading, StringComparison.Ordinal) ? item[heading.Length..] : item;
        rest = rest.Trim().TrimStart(',', ' ', ';').Trim();
        return rest.Length > 0 ? rest : null;
    }
}
