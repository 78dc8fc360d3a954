using System.Xml.Linq;

namespace Dossier.Interop.Importers.Tei;

/// <summary>TEI P5 and FRUS names used by the reader.</summary>
internal static class Tei
{
    public static readonly XNamespace Ns = "http://www.tei-c.org/ns/1.0";
    public static readonly XNamespace Frus = "http://history.state.gov/ns/1.0";
    public static readonly XNamespace Xml = XNamespace.Xml;

    public const string Archive = "Office of the Historian, U.S. Department of State";

    public const string UrlBase = "https://history.state.gov/historicaldocuments/";

    public static string? Attr(XElement element, string name) => element.Attribute(name)?.Value;

    public static string? XmlId(XElement element) => element.Attribute(Xml + "id")?.Value;
}
