using System.Xml.Linq;
using Dossier.Core.Accounts;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Dossier.Web.Accounts;

/// <summary>
/// The data-protection key ring (which signs session cookies and anti-forgery tokens) in the archive's database, so
/// that every node, and a restarted one, accepts what the others issued. Keys are stored as ASP.NET Core writes them
/// (not encrypted at rest): whoever can read the database can already change every account in it. The account store
/// is asked for when the ring is first read, not when the host is composed: `serve` composes it while the archive opens.
/// </summary>
internal sealed class StoreKeyRepository(Func<IAccountStore> accounts) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        accounts().ReadProtectionKeys().Select(xml => XElement.Parse(xml)).ToList();

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        accounts().StoreProtectionKey(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
