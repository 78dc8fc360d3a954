using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using Dossier.Interop.Exporters.DublinCore;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>The parts every OAI-PMH response shares (section 3.2): the root, responseDate, request, errors and item headers.</summary>
internal static partial class OaiEnvelope
{
    public static XmlWriter Open(Stream output)
    {
        var xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            CloseOutput = false,
        });
        xml.WriteStartDocument();
        xml.WriteStartElement("OAI-PMH", OaiPmhNames.Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, OaiPmhNames.XsiNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiPmhNames.XsiNamespace, OaiPmhNames.Namespace + " " + OaiPmhNames.SchemaLocation);
        return xml;
    }

    /// <summary>responseDate and request; the arguments are echoed unless the error forbids it, each only when its value has the schema's form.</summary>
    public static void WriteRequest(XmlWriter xml, DateTimeOffset now, Uri endpoint, OaiRequest request, OaiError? error)
    {
        xml.WriteElementString("responseDate", OaiPmhNames.Namespace, OaiDatestamp.Format(now));
        xml.WriteStartElement("request", OaiPmhNames.Namespace);
        if (error is null || error.EchoesArguments)
        {
            xml.WriteAttributeString("verb", request.Verb);
            foreach (var (name, value) in request.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                if (IsEchoable(name, value))
                {
                    xml.WriteAttributeString(name, value);
                }
            }
        }
        xml.WriteString(endpoint.AbsoluteUri);
        xml.WriteEndElement();
    }

    public static void WriteError(XmlWriter xml, OaiError error)
    {
        xml.WriteStartElement("error", OaiPmhNames.Namespace);
        xml.WriteAttributeString("code", error.Code);
        xml.WriteString(error.Message);
        xml.WriteEndElement();
    }

    public static void WriteHeader(XmlWriter xml, HarvestItem item, string repositoryIdentifier, IReadOnlySet<string> publicSets)
    {
        xml.WriteStartElement("header", OaiPmhNames.Namespace);
        if (item.IsDeleted)
        {
            xml.WriteAttributeString("status", "deleted");
        }
        xml.WriteElementString("identifier", OaiPmhNames.Namespace, OaiIdentifier.For(repositoryIdentifier, item.Id));
        xml.WriteElementString("datestamp", OaiPmhNames.Namespace, OaiDatestamp.Format(item.Datestamp));
        foreach (var collection in item.Stamp.CollectionIds.Where(publicSets.Contains))
        {
            xml.WriteElementString("setSpec", OaiPmhNames.Namespace, SetSpec.Encode(collection));
        }
        xml.WriteEndElement();
    }

    private static bool IsEchoable(string name, string value) => name switch
    {
        "metadataPrefix" => PrefixPattern().IsMatch(value),
        "set" => SetPattern().IsMatch(value),
        "from" or "until" => OaiDatestamp.TryParse(value, false, out _, out _),
        "identifier" => !value.Any(char.IsWhiteSpace) && Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _),
        "resumptionToken" => XmlChars.IsClean(value),
        _ => false,
    };

    [GeneratedRegex(@"^[A-Za-z0-9\-_\.!~\*'\(\)]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^([A-Za-z0-9\-_\.!~\*'\(\)])+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SetPattern();
}
