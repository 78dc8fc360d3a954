using System.Text.Json;
using Dossier.Core.Collections;
using Dossier.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Collections;

/// <summary>Writes collections inside an open transaction; a collection with a stored id replaces it.</summary>
internal static class CollectionBatchWriter
{
    public static string Serialize(Collection collection) => JsonSerializer.Serialize(collection, RecordJson.Options);

    public static Collection Deserialize(string document) =>
        JsonSerializer.Deserialize<Collection>(document, RecordJson.Options) ?? throw new InvalidDataException("a stored collection document is null");

    public static async Task UpsertAsync(DossierContext db, IReadOnlyList<Collection> collections, CancellationToken cancellationToken)
    {
        if (collections.Count == 0)
        {
            return;
        }
        var latest = new Dictionary<string, Collection>(StringComparer.Ordinal);
        foreach (var collection in collections)
        {
            ArgumentNullException.ThrowIfNull(collection);
            if (string.IsNullOrWhiteSpace(collection.Id))
            {
                throw new ArgumentException("a collection has no id", nameof(collections));
            }
            latest[collection.Id] = collection;
        }
        var ids = latest.Keys.ToList();
        var stored = await db.Collections.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => c.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var (id, collection) in latest)
        {
            var row = new CollectionRow { Id = id, Title = collection.Title, Document = Serialize(collection) };
            if (stored.Contains(id, StringComparer.Ordinal))
            {
                db.Collections.Update(row);
            }
            else
            {
                db.Collections.Add(row);
            }
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }
}
