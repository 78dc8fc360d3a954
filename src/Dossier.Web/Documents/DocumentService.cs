using Dossier.Core.Composition;
using Dossier.Core.Records;

namespace Dossier.Web.Documents;

/// <summary>Finds public records by archive id or source record id; drafts and embargoed records do not exist for the public.</summary>
public sealed class DocumentService(Archive archive)
{
    public async Task<DocumentLookup> LookUpAsync(string? id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 300)
        {
            return DocumentLookup.NotFound;
        }
        id = id.Trim();
        var record = await archive.Store.Records.FindAsync(id, cancellationToken).ConfigureAwait(false);
        var readable = false;
        if (record is null && id.IndexOf('/', StringComparison.Ordinal) is > 0 and var slash && RecordId.IsRecordId(id[..slash]))
        {
            // "/documents/{id}/{words of the title}": the words are for people; the id alone says which record.
            record = await archive.Store.Records.FindAsync(id[..slash], cancellationToken).ConfigureAwait(false);
            readable = record is not null && string.Equals(record.Id, id[..slash], StringComparison.Ordinal);
        }
        if (record is null || !record.IsPublicAt(archive.Time.GetUtcNow()))
        {
            return DocumentLookup.NotFound;
        }
        return readable || string.Equals(record.Id, id, StringComparison.Ordinal)
            ? new DocumentLookup(record, null)
            : new DocumentLookup(record, record.Id);
    }

    /// <summary>The public records among <paramref name="ids"/>, in the order given.</summary>
    public async Task<IReadOnlyList<ArchiveRecord>> PublicAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var now = archive.Time.GetUtcNow();
        var found = await archive.Store.Records.GetManyAsync(ids, cancellationToken).ConfigureAwait(false);
        var byId = found.Where(r => r.IsPublicAt(now)).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return ids.Where(byId.ContainsKey).Select(i => byId[i]).ToList();
    }

    /// <summary>The citation as the source printed it, else one composed from the record.</summary>
    public static string CitationOf(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!string.IsNullOrWhiteSpace(record.Citation))
        {
            return record.Citation.Trim();
        }
        var parts = new List<string> { "\u201C" + record.Title + "\u201D" };
        if (record.Date is not null)
        {
            parts.Add(record.Date.Value);
        }
        if (!string.IsNullOrWhiteSpace(record.Source.Archive))
        {
            parts.Add(record.Source.Archive);
        }
        if (ReferenceOf(record.ArchivalReference) is { Length: > 0 } reference)
        {
            parts.Add(reference);
        }
        if (!string.IsNullOrWhiteSpace(record.Source.Url))
        {
            parts.Add(record.Source.Url);
        }
        return string.Join(", ", parts) + ".";
    }

    /// <summary>"RGANI, f. 5, op. 28, d. 347, ll. 118-121, reel 83": the Russian archival citation order.</summary>
    public static string? ReferenceOf(ArchivalReference? reference)
    {
        if (reference is null)
        {
            return null;
        }
        var parts = new List<string>();
        Add(parts, reference.Repository, "");
        Add(parts, reference.Fond, "f. ");
        Add(parts, reference.Opis, "op. ");
        Add(parts, reference.Delo, "d. ");
        Add(parts, reference.Sheets, "ll. ");
        Add(parts, reference.Reel, "reel ");
        if (parts.Count == 0 && !string.IsNullOrWhiteSpace(reference.Text))
        {
            return reference.Text.Trim();
        }
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static void Add(List<string> parts, string? value, string prefix)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add(prefix + value.Trim());
        }
    }
}
