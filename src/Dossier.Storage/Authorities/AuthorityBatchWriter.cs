using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage.Authorities;

/// <summary>Writes authorities inside an open transaction, merging each into the stored one with the same id.</summary>
internal static class AuthorityBatchWriter
{
    public static string Serialize(Authority authority) => JsonSerializer.Serialize(authority, RecordJson.Options);

    public static Authority Deserialize(string document) =>
        JsonSerializer.Deserialize<Authority>(document, RecordJson.Options) ?? throw new InvalidDataException("a stored authority document is null");

    public static async Task UpsertAsync(DossierContext db, IReadOnlyList<Authority> authorities, CancellationToken cancellationToken)
    {
        if (authorities.Count == 0)
        {
            return;
        }
        var ids = authorities.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
        var stored = await db.Authorities.AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Document, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);

        var merged = new Dictionary<string, Authority>(StringComparer.Ordinal);
        foreach (var incoming in authorities)
        {
            ArgumentNullException.ThrowIfNull(incoming);
            if (string.IsNullOrWhiteSpace(incoming.Id))
            {
                throw new ArgumentException("an authority has no id", nameof(authorities));
            }
            if (!merged.TryGetValue(incoming.Id, out var current) && stored.TryGetValue(incoming.Id, out var document))
            {
                current = Deserialize(document);
            }
            var result = current is null ? Copy(incoming) : Merge(current, incoming);
            // Junk spellings (a line-break hyphen, a stray quote) never reach the store, whichever importer sent them.
            VariantHygiene.Clean(result);
            merged[incoming.Id] = result;
        }

        var rewritten = new List<string>();
        foreach (var (id, authority) in merged)
        {
            var document = Serialize(authority);
            var exists = stored.TryGetValue(id, out var before);
            if (exists && string.Equals(before, document, StringComparison.Ordinal))
            {
                continue;
            }
            var row = new AuthorityRow { Id = id, Kind = authority.Kind, PreferredName = authority.PreferredName, Document = document };
            if (exists)
            {
                db.Authorities.Update(row);
                rewritten.Add(id);
            }
            else
            {
                db.Authorities.Add(row);
            }
            db.AuthorityNames.AddRange(FoldedNames(authority).Select(n => new AuthorityNameRow { AuthorityId = id, FoldedName = n }));
        }
        if (rewritten.Count > 0)
        {
            await db.AuthorityNames.Where(n => rewritten.Contains(n.AuthorityId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.ChangeTracker.Clear();
    }

    public static async Task<bool> DeleteAsync(DossierContext db, string id, CancellationToken cancellationToken)
    {
        await db.AuthorityNames.Where(n => n.AuthorityId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return await db.Authorities.Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>
    /// The incoming heading, kind and (when given) description win; variants are added unless the same name in the
    /// same language is there already; source keys are added unless present.
    /// </summary>
    internal static Authority Merge(Authority current, Authority incoming)
    {
        var result = Copy(current);
        result.Kind = incoming.Kind;
        if (!string.IsNullOrWhiteSpace(incoming.PreferredName))
        {
            result.PreferredName = incoming.PreferredName;
        }
        result.Description = incoming.Description ?? current.Description;
        foreach (var variant in incoming.Variants)
        {
            if (!result.Variants.Any(v => string.Equals(v.Name, variant.Name, StringComparison.Ordinal) && string.Equals(v.Lang, variant.Lang, StringComparison.Ordinal)))
            {
                result.Variants.Add(new NameVariant { Name = variant.Name, Lang = variant.Lang, Source = variant.Source });
            }
        }
        foreach (var key in incoming.SourceKeys)
        {
            if (!result.SourceKeys.Contains(key, StringComparer.Ordinal))
            {
                result.SourceKeys.Add(key);
            }
        }
        if (incoming.MergedIds is { Count: > 0 } mergedIds)
        {
            result.MergedIds = [.. (result.MergedIds ?? []).Union(mergedIds, StringComparer.Ordinal)];
        }
        return result;
    }

    private static Authority Copy(Authority authority) => Deserialize(Serialize(authority));

    private static IEnumerable<string> FoldedNames(Authority authority) =>
        authority.Variants.Select(v => v.Name).Prepend(authority.PreferredName)
            .Select(NameFolding.Fold)
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.Ordinal);
}
