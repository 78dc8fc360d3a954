using Dossier.Core.Storage;
using Dossier.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage;

/// <summary>
/// The reads every document page makes (its record, its collection, the titles of the documents around it), through
/// EF Core's compiled queries; a provider may answer them by a cheaper way to the same rows (SQLite does: see
/// <see cref="Providers.Sqlite.PageStatements"/>).
/// </summary>
public partial class ArchiveStore
{
    // Compiled once for this store (a compiled query serves one model only), not translated on every read.
    private readonly Func<DossierContext, string, CancellationToken, Task<byte[]?>> _documentById =
        EF.CompileAsyncQuery((DossierContext db, string id, CancellationToken _) =>
            db.Records.Where(r => r.Id == id).Select(r => r.Document).FirstOrDefault());

    private readonly Func<DossierContext, string, CancellationToken, Task<byte[]?>> _documentBySourceId =
        EF.CompileAsyncQuery((DossierContext db, string sourceId, CancellationToken _) =>
            db.Records.Where(r => r.SourceRecordId == sourceId).OrderBy(r => r.Id).Select(r => r.Document).FirstOrDefault());

    private readonly Func<DossierContext, string, CancellationToken, Task<string?>> _collectionById =
        EF.CompileAsyncQuery((DossierContext db, string id, CancellationToken _) =>
            db.Collections.Where(c => c.Id == id).Select(c => c.Document).FirstOrDefault());

    private readonly Func<DossierContext, string[], long, IAsyncEnumerable<CatalogueTitle>> _publicTitles = PublicRecords.CompileTitles();

    /// <summary>The stored document (<see cref="StoredDocument"/>) of the record with the id <paramref name="key"/>, else of the first by id whose source record id it is.</summary>
    internal virtual async Task<byte[]?> RecordDocumentAsync(string key, CancellationToken cancellationToken)
    {
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await _documentById(db, key, cancellationToken).ConfigureAwait(false)
                ?? await _documentBySourceId(db, key, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The JSON document of the collection <paramref name="id"/>.</summary>
    internal virtual async Task<string?> CollectionDocumentAsync(string id, CancellationToken cancellationToken)
    {
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await _collectionById(db, id, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The titles and dates of the records among <paramref name="ids"/> (at most <see cref="MaxParameters"/>, distinct) public at <paramref name="ticks"/>.</summary>
    internal virtual async Task<IReadOnlyList<CatalogueTitle>> PublicTitlesAsync(string[] ids, long ticks, CancellationToken cancellationToken)
    {
        var titles = new List<CatalogueTitle>(ids.Length);
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            await foreach (var title in _publicTitles(db, ids, ticks).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                titles.Add(title);
            }
        }
        return titles;
    }
}
