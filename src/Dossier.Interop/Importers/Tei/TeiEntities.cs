using System.Xml.Linq;
using Dossier.Core.Authorities;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Tei;

/// <summary>
/// Links a document's <c>persName</c>, <c>placeName</c> and <c>orgName</c> to authorities, records every spelling as
/// a <see cref="NameVariant"/>, and reads the sender and recipient (<c>type="from|to"</c>) as contributors.
/// </summary>
internal static class TeiEntities
{
    public static void Link(XElement div, TeiVolume volume, ArchiveRecord record, List<Authority> newAuthorities)
    {
        foreach (var person in div.Descendants(Tei.Ns + "persName"))
        {
            var name = TeiTextBuilder.PlainText(person);
            if (name.Length == 0)
            {
                continue;
            }
            var key = Tei.Attr(person, "corresp")?.Trim().TrimStart('#');
            var authority = key is not null && volume.People.TryGetValue(key, out var found) ? found : null;
            if (authority is not null)
            {
                AddVariant(authority, name, volume.Id);
            }
            AddLink(record.People, name, authority?.Id, key);
        }
        foreach (var place in div.Descendants(Tei.Ns + "placeName"))
        {
            LinkEntity(place, AuthorityKind.Place, record.Places, volume, newAuthorities);
        }
        foreach (var org in div.Descendants(Tei.Ns + "orgName"))
        {
            LinkEntity(org, AuthorityKind.Organisation, record.Organisations, volume, newAuthorities);
        }
        AddContributors(div, volume, record);
    }

    private static void AddContributors(XElement div, TeiVolume volume, ArchiveRecord record)
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
            var key = Tei.Attr(element, "corresp")?.Trim().TrimStart('#');
            var authorityId = key is not null && volume.People.TryGetValue(key, out var person) ? person.Id : null;
            if (!record.Contributors.Any(c => c.Role == role && string.Equals(c.Name, name, StringComparison.Ordinal)))
            {
                record.Contributors.Add(new Contributor { Name = name, Role = role.Value, AuthorityId = authorityId });
            }
        }
    }

    private static void LinkEntity(XElement element, AuthorityKind kind, List<EntityLink> links, TeiVolume volume, List<Authority> newAuthorities)
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
        AddVariant(authority, name, volume.Id);
        AddLink(links, name, authority.Id, Tei.Attr(element, "corresp")?.Trim().TrimStart('#'));
    }

    private static void AddVariant(Authority authority, string name, string source)
    {
        if (!authority.Variants.Any(v => string.Equals(v.Name, name, StringComparison.Ordinal)))
        {
            authority.Variants.Add(new NameVariant { Name = name, Lang = "en", Source = source });
        }
    }

    private static void AddLink(List<EntityLink> links, string name, string? authorityId, string? key)
    {
        if (!links.Any(l => string.Equals(l.Name, name, StringComparison.Ordinal) && string.Equals(l.AuthorityId, authorityId, StringComparison.Ordinal)))
        {
            links.Add(new EntityLink { Name = name, AuthorityId = authorityId, SourceKey = key });
        }
    }
}
