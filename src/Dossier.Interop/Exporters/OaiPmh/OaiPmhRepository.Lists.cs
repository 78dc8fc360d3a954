using System.Xml;
using Dossier.Core.Records;

namespace Dossier.Interop.Exporters.OaiPmh;

public sealed partial class OaiPmhRepository
{
    private async Task<OaiError?> GetRecordAsync(XmlWriter xml, OaiRequest request, Context context, CancellationToken cancellationToken)
    {
        var identifier = request["identifier"]!;
        if (FormatOf(request["metadataPrefix"]!) is not { } format)
        {
            return CannotDisseminate(request["metadataPrefix"]!);
        }
        if (await context.FindAsync(identifier, cancellationToken).ConfigureAwait(false) is not { } item)
        {
            return IdDoesNotExist(identifier);
        }
        var records = await RecordsAsync([item], context, cancellationToken).ConfigureAwait(false);
        if (!item.IsDeleted && !records.ContainsKey(item.Id))
        {
            return IdDoesNotExist(identifier);
        }
        var sets = await context.PublicSetIdsAsync(cancellationToken).ConfigureAwait(false);
        xml.WriteStartElement(OaiPmhNames.GetRecord, OaiPmhNames.Namespace);
        WriteRecord(xml, item, records.GetValueOrDefault(item.Id), format, context, sets);
        xml.WriteEndElement();
        return null;
    }

    /// <summary>ListIdentifiers and ListRecords: the items matching the arguments, a page at a time after the token's last id.</summary>
    private async Task<OaiError?> ListAsync(XmlWriter xml, OaiRequest request, Context context, CancellationToken cancellationToken)
    {
        ResumptionToken? resumed = null;
        if (request["resumptionToken"] is { } token)
        {
            resumed = ResumptionToken.Decode(token, _options.TokenKey, request.Verb, context.Now);
            if (resumed is null)
            {
                return new OaiError(OaiPmhNames.BadResumptionToken, "The resumption token is garbled, expired, or not one this repository issued for " + request.Verb + ".");
            }
        }
        var prefix = resumed?.MetadataPrefix ?? request["metadataPrefix"]!;
        if (FormatOf(prefix) is not { } format)
        {
            return CannotDisseminate(prefix);
        }
        var setSpec = resumed is null ? request["set"] : resumed.Set;
        DateTimeOffset? from = request.From, until = request.Until;
        if (resumed is not null)
        {
            from = resumed.From is { } f ? DateTimeOffset.FromUnixTimeSeconds(long.Parse(f, System.Globalization.CultureInfo.InvariantCulture)) : null;
            until = resumed.Until is { } u ? DateTimeOffset.FromUnixTimeSeconds(long.Parse(u, System.Globalization.CultureInfo.InvariantCulture)) : null;
        }

        var sets = await context.PublicSetIdsAsync(cancellationToken).ConfigureAwait(false);
        string? collectionId = null;
        if (setSpec is not null)
        {
            if (sets.Count == 0)
            {
                return new OaiError(OaiPmhNames.NoSetHierarchy, "The archive has no public collections, so no sets.");
            }
            collectionId = SetSpec.Decode(setSpec);
            if (collectionId is null || !sets.Contains(collectionId))
            {
                return NoRecordsMatch();
            }
        }
        var items = (await context.ViewAsync(cancellationToken).ConfigureAwait(false)).Items;
        // In id order, as the items are: the page starts after the token's last id, found by binary search.
        var matching = from is null && until is null && collectionId is null
            ? items
            : items.Where(i =>
                (from is null || i.Datestamp >= from) && (until is null || i.Datestamp <= until)
                && (collectionId is null || i.Stamp.CollectionIds.Contains(collectionId, StringComparer.Ordinal))).ToList();
        var start = HarvestView.After(matching, resumed?.AfterId ?? "");
        var page = Enumerable.Range(start, Math.Max(0, Math.Min(_options.PageSize, matching.Count - start))).Select(i => matching[i]).ToList();
        if (page.Count == 0)
        {
            return NoRecordsMatch();
        }
        var cursor = resumed?.Cursor ?? 0;
        var more = start + page.Count < matching.Count;
        var records = request.Verb == OaiPmhNames.ListRecords
            ? await RecordsAsync(page, context, cancellationToken).ConfigureAwait(false)
            : null;

        xml.WriteStartElement(request.Verb, OaiPmhNames.Namespace);
        foreach (var item in page)
        {
            if (records is null)
            {
                OaiEnvelope.WriteHeader(xml, item, context.RepositoryIdentifier, sets);
            }
            else if (item.IsDeleted || records.ContainsKey(item.Id))
            {
                WriteRecord(xml, item, records.GetValueOrDefault(item.Id), format, context, sets);
            }
        }
        if (more || resumed is not null)
        {
            var expires = context.Now + _options.TokenLifetime;
            xml.WriteStartElement("resumptionToken", OaiPmhNames.Namespace);
            xml.WriteAttributeString("completeListSize", matching.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("cursor", cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (more)
            {
                xml.WriteAttributeString("expirationDate", OaiDatestamp.Format(expires));
                var next = new ResumptionToken(request.Verb, prefix, setSpec, Seconds(from), Seconds(until), cursor + page.Count, page[^1].Id, expires.ToUnixTimeSeconds());
                xml.WriteString(next.Encode(_options.TokenKey));
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        return null;
    }

    private void WriteRecord(XmlWriter xml, HarvestItem item, ArchiveRecord? record, IOaiMetadataFormat format, Context context, IReadOnlySet<string> sets)
    {
        xml.WriteStartElement("record", OaiPmhNames.Namespace);
        OaiEnvelope.WriteHeader(xml, item, context.RepositoryIdentifier, sets);
        if (!item.IsDeleted && record is not null)
        {
            xml.WriteStartElement("metadata", OaiPmhNames.Namespace);
            format.Write(xml, record, context.BaseUrl);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>The documents of the live items, checked again against the request's instant (a record may change between the two reads).</summary>
    private static async Task<Dictionary<string, ArchiveRecord>> RecordsAsync(IReadOnlyList<HarvestItem> items, Context context, CancellationToken cancellationToken)
    {
        var ids = items.Where(i => !i.IsDeleted).Select(i => i.Id).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, ArchiveRecord>(StringComparer.Ordinal);
        }
        var records = await context.Store.Records.GetManyAsync(ids, cancellationToken).ConfigureAwait(false);
        return records.Where(r => r.IsPublicAt(context.Now)).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    private static string? Seconds(DateTimeOffset? instant) =>
        instant?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static OaiError CannotDisseminate(string prefix) =>
        new(OaiPmhNames.CannotDisseminateFormat, "This repository does not disseminate the metadata format '" + DublinCore.XmlChars.Clean(prefix) + "' (it has oai_dc and dossier).");

    private static OaiError NoRecordsMatch() =>
        new(OaiPmhNames.NoRecordsMatch, "No public or deleted record matches these arguments.");
}
