using System.Xml.Linq;
using Dossier.Core.Authorities;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Tei;

/// <summary>
/// Links a document's <c>persName</c>, <c>placeName</c> and <c>orgName</c> to authorities, records every spelling as
/// a <see cref="NameVariant"/>, and reads the sender and recipient (<c>type="from|to"</c>) as contributors. A person's
/// spelling that is not theirs (<see cref="TeiVolume.PersonTagged"/>) is no variant of theirs.
/// </summary>
internal static class TeiEntities
{
    public static void Link(XElement div, TeiVolume volume, ArchiveRecord record, List<Authority> newAuthorities)
    {
        // Sets beside the lists keep linking linear: a document may hold a million names.
        var seen = new HashSet<(string, string, string?)>();
        foreach (var person in div.Descendants(Tei.Ns + "persName"))
        {
            var name = TeiTextBuilder.PlainText(person);
            if (name.Length == 0)
            {
                continue;
            }
            var key = Tei.Attr(person, "corresp")?.Trim().TrimStart('#');
            var authority = volume.PersonTagged(key, name);
            if (authority is not null && volume.IsSpellingOf(name, authority))
            {
                AddVariant(authority, name, volume);
            }
            AddLink(record.People, "p", seen, name, authority?.Id, key);
        }
        foreach (var place in div.Descendants(Tei.Ns + "placeName"))
        {
            LinkEntity(place, AuthorityKind.Place, record.Places, seen, volume, newAuthorities);
        }
        foreach (var org in div.Descendants(Tei.Ns + "orgName"))
        {
            LinkEntity(org, AuthorityKind.Organisation, record.Organisations, seen, volume, newAuthorities);
        }
        AddContributors(div, volume, record, seen);
    }

    private static void AddContributors(XElement div, TeiVolume volume, ArchiveRecord record, HashSet<(string, string, string?)> seen)
    {
        foreach (var element in div.Descendants().Where(e => e.Name.Namespace == Tei.Ns && e.Name.LocalName is "persName" or "gloss" or "orgName" or "name"))
        {
            var role = Tei.Attr(element, "type") switch
            {
                "from" => ContributorRole.Author,
                "to" => ContributorRole.Recipient,
                _ => (ContributorRole?)null,
            };
            var name = TeiTextBuilder.PlainText(element);
            if (role is null || name.Length == 0)
            {
                continue;
            }
            var authorityId = volume.PersonTagged(Tei.Attr(element, "corresp")?.Trim().TrimStart('#'), name)?.Id;
            if (seen.Add(("c" + role.Value, name, null)))
            {
                record.Contributors.Add(new Contributor { Name = name, Role = role.Value, AuthorityId = authorityId });
            }
        }
    }

    private static void LinkEntity(
        XElement element, AuthorityKind kind, List<EntityLink> links, HashSet<(string, string, string?)> seen, TeiVolume volume, List<Authority> newAuthorities)
    {
        var name = TeiTextBuilder.PlainText(element).Trim(',', ' ', '.');
        if (name.Length == 0)
        {
            return;
        }
        var id = AuthorityId.For(kind, name);
        if (!volume.Entities.TryGetValue(id, out var authority))
        {
            authority = new Authority { Id = id, Kind = kind, PreferredName = name };
            volume.Entities[id] = authority;
            newAuthorities.Add(authority);
        }
        AddVariant(authority, name, volume);
        AddLink(links, kind.ToString(), seen, name, authority.Id, Tei.Attr(element, "corresp")?.Trim().TrimStart('#'));
    }

    private static void AddVariant(Authority authority, string name, TeiVolume volume)
    {
        if (volume.Variants.Add((authority, name)))
        {
            authority.Variants.Add(new NameVariant { Name = name, Lang = "en", Source = volume.Id });
        }
    }

    private static void AddLink(List<EntityLink> links, string kind, HashSet<(string, string, string?)> seen, string name, string? authorityId, string? key)
    {
        if (seen.Add((kind, name, authorityId)))
        {
            links.Add(new EntityLink { Name = name, AuthorityId = authorityId, SourceKey = key });
        }
    }
}
