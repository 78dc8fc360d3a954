using System.Globalization;
using System.Text;
using System.Xml;
using Dossier.Core.Alignment;
using Dossier.Core.Records;

namespace Dossier.Web.Documents;

/// <summary>
/// One record as a TEI P5 document (https://tei-c.org/release/doc/tei-p5-doc/en/html/): a header with the title,
/// identifiers, citation and date, and a body with one &lt;div&gt; per text layer (type and xml:lang), its
/// paragraphs as &lt;p&gt;, page starts as &lt;pb n&gt; where they fall (inside a paragraph when the page turns
/// mid-sentence) and notes as &lt;note&gt; at their anchors. Written with <see cref="XmlWriter"/>.
/// </summary>
public static class TeiDocument
{
    private const string Ns = "http://www.tei-c.org/ns/1.0";

    public static void Write(ArchiveRecord record, Stream output)
    {
        ArgumentNullException.ThrowIfNull(record);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("TEI", Ns);
        xml.WriteStartElement("teiHeader", Ns);
        xml.WriteStartElement("fileDesc", Ns);
        xml.WriteStartElement("titleStmt", Ns);
        xml.WriteElementString("title", Ns, Clean(record.Title));
        xml.WriteEndElement();
        xml.WriteStartElement("publicationStmt", Ns);
        xml.WriteElementString("publisher", Ns, "Dossier");
        Idno(xml, "dossier", record.Id);
        Idno(xml, "source", record.Source.RecordId);
        if (!string.IsNullOrWhiteSpace(record.Source.Url))
        {
            Idno(xml, "URI", record.Source.Url);
        }
        if (!string.IsNullOrWhiteSpace(record.Rights))
        {
            xml.WriteStartElement("availability", Ns);
            xml.WriteElementString("p", Ns, Clean(record.Rights));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("sourceDesc", Ns);
        xml.WriteElementString("bibl", Ns, Clean(DocumentService.CitationOf(record)));
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (record.Date is not null)
        {
            xml.WriteStartElement("profileDesc", Ns);
            xml.WriteStartElement("creation", Ns);
            xml.WriteStartElement("date", Ns);
            xml.WriteAttributeString("when", record.Date.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteString(DateDisplay.Of(record.Date));
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteStartElement("text", Ns);
        xml.WriteStartElement("body", Ns);
        foreach (var layer in record.Layers)
        {
            WriteLayer(xml, layer);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteLayer(XmlWriter xml, TextLayer layer)
    {
        xml.WriteStartElement("div", Ns);
        xml.WriteAttributeString("type", layer.Kind.ToString().ToLowerInvariant());
        xml.WriteAttributeString("xml", "lang", null, Clean(layer.Lang));
        var text = layer.Text ?? "";
        var events = layer.Pages.Select(p => (Offset: Math.Clamp(p.Start, 0, text.Length), Order: 0, Page: (LayerPage?)p, Note: (LayerNote?)null))
            .Concat(layer.Notes.Select(n => (Offset: Math.Clamp(n.Anchor, 0, text.Length), Order: 1, Page: (LayerPage?)null, Note: (LayerNote?)n)))
            .OrderBy(e => e.Offset).ThenBy(e => e.Order)
            .ToList();
        var next = 0;
        foreach (var (start, length) in Paragraphs.Of(text))
        {
            while (next < events.Count && events[next].Offset < start)
            {
                WriteEvent(xml, events[next++]);
            }
            xml.WriteStartElement("p", Ns);
            var at = start;
            while (next < events.Count && events[next].Offset <= start + length)
            {
                xml.WriteString(Clean(text[at..events[next].Offset]));
                at = events[next].Offset;
                WriteEvent(xml, events[next++]);
            }
            xml.WriteString(Clean(text[at..(start + length)]));
            xml.WriteEndElement();
        }
        while (next < events.Count)
        {
            WriteEvent(xml, events[next++]);
        }
        xml.WriteEndElement();
    }

    private static void WriteEvent(XmlWriter xml, (int Offset, int Order, LayerPage? Page, LayerNote? Note) item)
    {
        if (item.Page is { } page)
        {
            xml.WriteStartElement("pb", Ns);
            if (!string.IsNullOrWhiteSpace(page.Number))
            {
                xml.WriteAttributeString("n", Clean(page.Number));
            }
            xml.WriteEndElement();
        }
        else if (item.Note is { } note)
        {
            xml.WriteStartElement("note", Ns);
            if (!string.IsNullOrWhiteSpace(note.Label))
            {
                xml.WriteAttributeString("n", Clean(note.Label));
            }
            xml.WriteString(Clean(note.Text));
            xml.WriteEndElement();
        }
    }

    private static void Idno(XmlWriter xml, string type, string value)
    {
        xml.WriteStartElement("idno", Ns);
        xml.WriteAttributeString("type", type);
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    /// <summary>Imported text may hold characters XML 1.0 cannot carry (control characters, lone surrogates): they are dropped.</summary>
    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(value[i]).Append(value[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(value[i]))
            {
                builder.Append(value[i]);
            }
        }
        return builder.ToString();
    }
}
