using Dossier.Core.Names;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Storage.Records;

/// <summary>Maps a record to its row and query-table rows, and back.</summary>
internal static class RecordRows
{
    public const string Person = "person";
    public const string Place = "place";
    public const string Organisation = "organisation";
    public const string Contributor = "contributor";

    /// <summary>
    /// Fills every column but the timestamps from the record and its serialised document (UTF-8); the name sieve is the
    /// record's or, failing that, <paramref name="storedSieve"/>, whichever fits its texts (<see cref="NameSieve.Fits"/>).
    /// </summary>
    public static void Fill(RecordRow row, ArchiveRecord record, ReadOnlyMemory<byte> document, string hash, byte[]? storedSieve)
    {
        row.Id = record.Id;
        row.SourceArchive = record.Source.Archive;
        row.SourceRecordId = record.Source.RecordId;
        row.Title = record.Title;
        row.DateValue = record.Date?.Value;
        row.DatePrecision = record.Date?.Precision;
        row.DateStart = record.Date?.Start;
        row.DateEnd = record.Date?.End;
        row.Status = record.Status;
        row.EmbargoUntil = record.EmbargoUntil?.ToUniversalTime();
        row.ContentHash = hash;
        row.Document = StoredDocument.Pack(document.Span);
        row.NameSieve = NameSieve.Fits(record, record.NameSieve) ?? NameSieve.Fits(record, storedSieve);
        RecordSummaryColumns.Fill(row, record);
    }

    /// <summary>
    /// The record's rows of <c>record_links</c>: its links to an authority. A name linked to none (a FRUS
    /// volume's editors, credited on each of its documents; a person the recogniser did not link) gets no row: every
    /// reader of the table asks which records cite an authority. They were 129,395 of the 100 FRUS volumes' 491,008
    /// rows, each in the table and in its index by authority.
    /// </summary>
    public static IEnumerable<RecordLinkRow> Links(ArchiveRecord record)
    {
        var rows = Links(record.Id, Person, record.People)
            .Concat(Links(record.Id, Place, record.Places))
            .Concat(Links(record.Id, Organisation, record.Organisations))
            .Concat(record.Contributors.Select((contributor, i) => new RecordLinkRow
            {
                RecordId = record.Id,
                Kind = Contributor,
                Position = i,
                Name = contributor.Name,
                AuthorityId = contributor.AuthorityId,
            }));
        return rows.Where(row => !string.IsNullOrEmpty(row.AuthorityId));
    }

    public static IEnumerable<RecordCollectionRow> Collections(ArchiveRecord record) =>
        record.Collections.Select((c, i) => new RecordCollectionRow
        {
            RecordId = record.Id,
            Position = i,
            CollectionId = c.CollectionId,
            Number = c.Number,
            Title = c.Title,
        });

    public static ArchiveRecord ToRecord(string document) => NotNull(RecordJson.Deserialize(document));

    /// <summary>The record a row's stored document (<see cref="StoredDocument"/>) holds.</summary>
    public static ArchiveRecord ToRecord(byte[] stored) =>
        StoredDocument.IsPacked(stored) ? NotNull(RecordJson.Deserialize(StoredDocument.Unpack(stored))) : ToRecord(StoredDocument.Text(stored));

    private static ArchiveRecord NotNull(ArchiveRecord? record) =>
        record ?? throw new InvalidDataException("a stored record document is null");

    public static RecordSummary ToSummary(RecordRow row) => new(
        row.Id,
        row.SourceRecordId,
        row.Title,
        DateOf(row.DateValue, row.DatePrecision, row.DateStart, row.DateEnd),
        row.Status);

    /// <summary>A record's date from its date columns (none when it has no value).</summary>
    public static HistoricalDate? DateOf(string? value, DatePrecision? precision, DateOnly? start, DateOnly? end) =>
        value is null
            ? null
            : new HistoricalDate
            {
                Value = value,
                Precision = precision ?? DatePrecision.Day,
                Start = start ?? default,
                End = end ?? default,
            };

    private static IEnumerable<RecordLinkRow> Links(string recordId, string kind, List<EntityLink> links) =>
        links.Select((l, i) => new RecordLinkRow
        {
            RecordId = recordId,
            Kind = kind,
            Position = i,
            Name = l.Name,
            AuthorityId = l.AuthorityId,
            SourceKey = l.SourceKey,
        });
}
