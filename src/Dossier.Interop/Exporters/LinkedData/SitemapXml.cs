using System.Globalization;
using System.Text;
using System.Xml;
using Dossier.Core.Exporting;

namespace Dossier.Interop.Exporters.LinkedData;

/// <summary>The sitemaps.org protocol 0.9: a urlset of at most 50,000 locations, or a sitemapindex of sitemaps.</summary>
internal static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const int MaxLocations = 50_000;

    public static void Write(Stream output, string root, string item, IReadOnlyList<SitemapEntry> entries)
    {
        if (entries.Count > MaxLocations)
        {
            throw new ArgumentException($"a sitemap holds at most {MaxLocations} locations; split them with a sitemap index", nameof(entries));
        }
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement(root, Namespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement(item, Namespace);
            xml.WriteElementString("loc", Namespace, entry.Location.AbsoluteUri);
            if (entry.LastModified is { } modified)
            {
                xml.WriteElementString("lastmod", Namespace, modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
