using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Dossier.Testing;

namespace Dossier.Testing;

/// <summary>
/// The published OAI-PMH 2.0, oai_dc, simple Dublin Core and oai-identifier schemas from ../shared/corpora/oai-pmh,
/// plus Dossier's own record schema, compiled once; imports are resolved to those files, never fetched.
/// </summary>
public static class OaiSchemas
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Compile);

    /// <summary>The validation errors and warnings of <paramref name="xml"/>, empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Set.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            XmlResolver = null,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }
        return problems;
    }

    /// <summary>Throws with every problem and the start of the document when <paramref name="xml"/> is not valid.</summary>
    public static void AssertValid(string xml)
    {
        var problems = Validate(xml);
        if (problems.Count > 0)
        {
            throw new XmlSchemaValidationException(string.Join("\n", problems) + "\n" + xml[..Math.Min(xml.Length, 3000)]);
        }
    }

    private static XmlSchemaSet Compile()
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalResolver() };
        foreach (var file in new[] { "OAI-PMH.xsd", "oai_dc.xsd", "oai-identifier.xsd" })
        {
            using var reader = XmlReader.Create(Shared.PathTo("corpora/oai-pmh/" + file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            set.Add(null, reader);
        }
        // Dossier's own format, from the source tree (the same file is embedded in Dossier.Interop and served at /oai/schemas/).
        using (var reader = XmlReader.Create(Path.Combine(Shared.Root, "src", "Dossier.Interop", "Exporters", "OaiPmh", "dossier-record-1.xsd")))
        {
            set.Add(null, reader);
        }
        set.Compile();
        return set;
    }

    /// <summary>Maps the schemas' import locations to the local copies; the xml: namespace is built in.</summary>
    private sealed class LocalResolver : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var name = Path.GetFileName(absoluteUri.AbsolutePath);
            var local = Path.Combine(Shared.PathTo("corpora/oai-pmh"), name);
            if (File.Exists(local))
            {
                return File.OpenRead(local);
            }
            if (string.Equals(name, "xml.xsd", StringComparison.Ordinal))
            {
                return XmlNamespaceSchema();
            }
            throw new XmlException("schema not available offline: " + absoluteUri);
        }

        private static Stream XmlNamespaceSchema()
        {
            // The few attributes of the xml: namespace the Dublin Core schema refers to.
            XNamespace xs = "http://www.w3.org/2001/XMLSchema";
            var schema = new XElement(xs + "schema",
                new XAttribute("targetNamespace", "http://www.w3.org/XML/1998/namespace"),
                new XElement(xs + "attribute", new XAttribute("name", "lang"), new XAttribute("type", "xs:language"), new XAttribute(XNamespace.Xmlns + "xs", xs.NamespaceName)));
            var stream = new MemoryStream();
            schema.Save(stream);
            stream.Position = 0;
            return stream;
        }
    }
}
