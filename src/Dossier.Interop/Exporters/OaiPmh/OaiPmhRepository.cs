using System.Xml;
using Dossier.Core.Exporting;
using Dossier.Core.Harvesting;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Interop.Exporters.DublinCore;
using Dossier.Interop.Exporters.LinkedData;

namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>
/// The archive as an OAI-PMH 2.0 data provider (Open Archives Initiative Protocol for Metadata Harvesting, version
/// 2.0): the six verbs, oai_dc and Dossier's own "dossier" format, collections as sets, datestamps to the second from
/// the store, stateless signed resumption tokens, and every error condition of section 3.6. Only records public at
/// the time of the request appear; withdrawn and deleted ones appear as deleted.
/// </summary>
/// <remarks>
/// deletedRecord is declared "transient": deletions are kept in the store's change sequence and withdrawn records
/// stay withdrawn, but nothing promises that the sequence is never compacted or that a withdrawn record is not
/// turned back into a draft, which would make it vanish. As a writer ("oai-pmh") it writes one ListRecords response of
/// every public record in oai_dc, without resumption, for offline harvesting.
/// </remarks>
public sealed partial class OaiPmhRepository(OaiPmhOptions? options = null) : IOaiPmhProvider, IPublishedRecordWriter
{
    private readonly OaiPmhOptions _options = options ?? new OaiPmhOptions();
    private readonly IReadOnlyList<IOaiMetadataFormat> _formats = [new OaiDcFormat(), new DossierRecordFormat()];
    private readonly DatestampsMemo _datestamps = new();

    public string Format => "oai-pmh";

    public Stream? OpenSchema(string fileName) =>
        string.Equals(fileName, DossierRecordFormat.SchemaFile, StringComparison.Ordinal)
            ? typeof(OaiPmhRepository).Assembly.GetManifestResourceStream(typeof(OaiPmhRepository).Namespace + "." + DossierRecordFormat.SchemaFile)
            : null;

    public async Task RespondAsync(
        IArchiveStore store, TimeProvider time, IReadOnlyList<KeyValuePair<string, string>> arguments, Uri baseUrl,
        Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var context = new Context(store, _datestamps, time.GetUtcNow(), SiteAddress.Normalize(baseUrl), RepositoryIdentifier(baseUrl));
        var request = OaiRequest.Parse(arguments, out var error);
        using var buffer = new MemoryStream();
        using (var xml = OaiEnvelope.Open(buffer))
        {
            OaiEnvelope.WriteRequest(xml, context.Now, context.Endpoint, request, error);
            // Each verb checks its arguments before it writes anything, so an error leaves no partial answer.
            error ??= await AnswerAsync(xml, request, context, cancellationToken).ConfigureAwait(false);
            if (error is not null)
            {
                OaiEnvelope.WriteError(xml, error);
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private Task<OaiError?> AnswerAsync(XmlWriter xml, OaiRequest request, Context context, CancellationToken cancellationToken) => request.Verb switch
    {
        OaiPmhNames.Identify => IdentifyAsync(xml, context, cancellationToken),
        OaiPmhNames.ListMetadataFormats => ListMetadataFormatsAsync(xml, request, context, cancellationToken),
        OaiPmhNames.ListSets => ListSetsAsync(xml, request, context, cancellationToken),
        OaiPmhNames.GetRecord => GetRecordAsync(xml, request, context, cancellationToken),
        _ => ListAsync(xml, request, context, cancellationToken),
    };

    private async Task<OaiError?> IdentifyAsync(XmlWriter xml, Context context, CancellationToken cancellationToken)
    {
        var view = await context.ViewAsync(cancellationToken).ConfigureAwait(false);
        var earliest = view.Earliest ?? context.Now;
        var ns = OaiPmhNames.Namespace;
        xml.WriteStartElement(OaiPmhNames.Identify, ns);
        xml.WriteElementString("repositoryName", ns, XmlChars.Clean(_options.RepositoryName));
        xml.WriteElementString("baseURL", ns, context.Endpoint.AbsoluteUri);
        xml.WriteElementString("protocolVersion", ns, "2.0");
        xml.WriteElementString("adminEmail", ns, _options.AdminEmail ?? "admin@" + context.RepositoryIdentifier);
        xml.WriteElementString("earliestDatestamp", ns, OaiDatestamp.Format(earliest));
        xml.WriteElementString("deletedRecord", ns, "transient");
        xml.WriteElementString("granularity", ns, OaiDatestamp.Granularity);
        xml.WriteStartElement("description", ns);
        xml.WriteStartElement("oai-identifier", OaiPmhNames.IdentifierNamespace);
        xml.WriteAttributeString("xmlns", "xsi", null, OaiPmhNames.XsiNamespace);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiPmhNames.XsiNamespace, OaiPmhNames.IdentifierNamespace + " " + OaiPmhNames.IdentifierSchemaLocation);
        xml.WriteElementString("scheme", OaiPmhNames.IdentifierNamespace, "oai");
        xml.WriteElementString("repositoryIdentifier", OaiPmhNames.IdentifierNamespace, context.RepositoryIdentifier);
        xml.WriteElementString("delimiter", OaiPmhNames.IdentifierNamespace, ":");
        var sample = view.Items.FirstOrDefault(i => !i.IsDeleted)?.Id ?? "d23456789abc";
        xml.WriteElementString("sampleIdentifier", OaiPmhNames.IdentifierNamespace, OaiIdentifier.For(context.RepositoryIdentifier, sample));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        return null;
    }

    private async Task<OaiError?> ListMetadataFormatsAsync(XmlWriter xml, OaiRequest request, Context context, CancellationToken cancellationToken)
    {
        if (request["identifier"] is { } identifier && await context.FindAsync(identifier, cancellationToken).ConfigureAwait(false) is null)
        {
            return IdDoesNotExist(identifier);
        }
        xml.WriteStartElement(OaiPmhNames.ListMetadataFormats, OaiPmhNames.Namespace);
        foreach (var format in _formats)
        {
            xml.WriteStartElement("metadataFormat", OaiPmhNames.Namespace);
            xml.WriteElementString("metadataPrefix", OaiPmhNames.Namespace, format.Prefix);
            xml.WriteElementString("schema", OaiPmhNames.Namespace, format.Schema(context.BaseUrl).AbsoluteUri);
            xml.WriteElementString("metadataNamespace", OaiPmhNames.Namespace, format.Namespace);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return null;
    }

    private static async Task<OaiError?> ListSetsAsync(XmlWriter xml, OaiRequest request, Context context, CancellationToken cancellationToken)
    {
        if (request["resumptionToken"] is not null)
        {
            // Every set fits in one response, so no token for ListSets was ever issued.
            return new OaiError(OaiPmhNames.BadResumptionToken, "This repository issues no resumption tokens for ListSets.");
        }
        var sets = await context.SetsAsync(cancellationToken).ConfigureAwait(false);
        if (sets.Count == 0)
        {
            return new OaiError(OaiPmhNames.NoSetHierarchy, "The archive has no public collections, so no sets.");
        }
        xml.WriteStartElement(OaiPmhNames.ListSets, OaiPmhNames.Namespace);
        foreach (var set in sets)
        {
            xml.WriteStartElement("set", OaiPmhNames.Namespace);
            xml.WriteElementString("setSpec", OaiPmhNames.Namespace, SetSpec.Encode(set.Id));
            xml.WriteElementString("setName", OaiPmhNames.Namespace, XmlChars.Clean(set.Title.Length > 0 ? set.Title : set.Id));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return null;
    }

    private string RepositoryIdentifier(Uri baseUrl) =>
        _options.RepositoryIdentifier
        ?? (OaiIdentifier.IsRepositoryIdentifier(baseUrl.Host) ? baseUrl.Host : "dossier.invalid");

    private static OaiError IdDoesNotExist(string identifier) =>
        new(OaiPmhNames.IdDoesNotExist, "No public or deleted record has the identifier " + XmlChars.Clean(identifier) + ".");

    private IOaiMetadataFormat? FormatOf(string prefix) =>
        _formats.FirstOrDefault(f => string.Equals(f.Prefix, prefix, StringComparison.Ordinal));
}
