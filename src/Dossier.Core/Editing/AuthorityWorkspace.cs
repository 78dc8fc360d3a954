using System.Text.RegularExpressions;
using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Text;

namespace Dossier.Core.Editing;

/// <summary>
/// An editor's changes to authority records (issue 11 item 2): edit a heading, its variants and description; merge two
/// (the <see cref="AuthorityService"/> merge that `people tidy` uses: variants, source keys and every citing record move
/// to the survivor, whose <see cref="Authority.MergedIds"/> then names the merged one); split chosen variants off into
/// a new authority with the records an editor chose. Each change is one store transaction run through the archive's
/// one write path (<see cref="Archive.WriteAsync{T}"/>), so the relinked records are indexed before it returns. Each
/// moves the store's change sequence (<see cref="Storage.RecordChangeKind.AuthoritiesChanged"/>), so the search of every
/// process on the archive reads the names again, this one's before it returns.
/// </summary>
public sealed partial class AuthorityWorkspace(Archive archive)
{
    /// <summary>Longest heading or variant an editor may set; headings are names, not texts.</summary>
    public const int MaxNameLength = 300;

    public const int MaxDescriptionLength = 4000;

    public const int MaxVariants = 500;

    /// <summary>Replaces the heading, description and variants; source keys and merged ids stay. Null when there is no such authority.</summary>
    public async Task<Authority?> EditAsync(AuthorityEdit edit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var stored = await archive.Store.Authorities.FindAsync(edit.Id, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }
        var heading = CheckName(edit.PreferredName, "preferred name");
        var description = string.IsNullOrWhiteSpace(edit.Description) ? null : edit.Description.Trim();
        if (description is not null)
        {
            CheckText(description, "description", MaxDescriptionLength);
        }
        if (edit.Variants.Count > MaxVariants)
        {
            throw new AuthorityEditException($"variants: at most {MaxVariants}");
        }
        var variants = new List<NameVariant>();
        foreach (var variant in edit.Variants)
        {
            var name = CheckName(variant.Name, "variant");
            var lang = string.IsNullOrWhiteSpace(variant.Lang) ? null : variant.Lang.Trim();
            if (lang is not null && !LanguageTag().IsMatch(lang))
            {
                throw new AuthorityEditException($"variant '{name}': language '{lang}' is not a BCP-47 tag (en, ru, fa, az-Cyrl)");
            }
            if (string.Equals(name, heading, StringComparison.Ordinal)
                || variants.Exists(v => string.Equals(v.Name, name, StringComparison.Ordinal) && string.Equals(v.Lang, lang, StringComparison.Ordinal)))
            {
                continue;
            }
            // A spelling kept from the stored authority keeps where it was seen: one seen only in a draft stays hidden
            // from the public until that draft is published.
            var source = stored.Variants.Find(v => string.Equals(v.Name, name, StringComparison.Ordinal))?.Source;
            variants.Add(new NameVariant { Name = name, Lang = lang, Source = source });
        }
        var edited = new Authority
        {
            Id = stored.Id,
            Kind = stored.Kind,
            PreferredName = heading,
            Description = description,
            Variants = variants,
            SourceKeys = stored.SourceKeys,
            MergedIds = stored.MergedIds,
        };
        await archive.WriteAsync(async (store, token) =>
        {
            // The store merges variants into a stored authority on upsert, so the edited one replaces it after a delete.
            await using var transaction = await store.BeginImportAsync(token).ConfigureAwait(false);
            await transaction.DeleteAuthorityAsync(stored.Id, token).ConfigureAwait(false);
            await transaction.UpsertAuthoritiesAsync([edited], token).ConfigureAwait(false);
            await transaction.CommitAsync(token).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return await archive.Store.Authorities.FindAsync(edit.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Folds <paramref name="mergeId"/> into <paramref name="keepId"/>: both must exist and be of one kind.</summary>
    public async Task<Authority> MergeAsync(string keepId, string mergeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keepId);
        ArgumentNullException.ThrowIfNull(mergeId);
        keepId = keepId.Trim();
        mergeId = mergeId.Trim();
        if (string.Equals(keepId, mergeId, StringComparison.Ordinal))
        {
            throw new AuthorityEditException("an authority cannot be merged into itself");
        }
        var keep = await RequireAsync(keepId, cancellationToken).ConfigureAwait(false);
        var merge = await RequireAsync(mergeId, cancellationToken).ConfigureAwait(false);
        if (keep.Kind != merge.Kind)
        {
            throw new AuthorityEditException($"{mergeId} is a {Word(merge.Kind)} and {keepId} a {Word(keep.Kind)}: only authorities of one kind merge");
        }
        var kept = await archive.WriteAsync((store, token) => new AuthorityService(store).MergeAsync(keepId, mergeId, token), cancellationToken).ConfigureAwait(false);
        return kept;
    }

    /// <summary>
    /// Moves <paramref name="variantNames"/> to a new authority headed by the first; the records in <paramref name="recordIds"/>
    /// (each must cite <paramref name="authorityId"/>) are relinked to it, the others stay.
    /// </summary>
    public async Task<Authority> SplitAsync(
        string authorityId, IReadOnlyCollection<string> variantNames, IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(variantNames);
        ArgumentNullException.ThrowIfNull(recordIds);
        var source = await RequireAsync(authorityId, cancellationToken).ConfigureAwait(false);
        if (variantNames.Count == 0)
        {
            throw new AuthorityEditException("choose at least one variant to split off");
        }
        var missing = variantNames.Where(n => !source.Variants.Exists(v => string.Equals(v.Name, n, StringComparison.Ordinal))).ToList();
        if (missing.Count > 0)
        {
            throw new AuthorityEditException($"not variants of {authorityId}: {string.Join(", ", missing)}");
        }
        var citing = await archive.Store.Authorities.RecordIdsCitingAsync(authorityId, cancellationToken).ConfigureAwait(false);
        var strangers = recordIds.Where(r => !citing.Contains(r, StringComparer.Ordinal)).ToList();
        if (strangers.Count > 0)
        {
            throw new AuthorityEditException($"records not citing {authorityId}: {string.Join(", ", strangers)}");
        }
        var created = await archive.WriteAsync((store, token) => new AuthorityService(store).SplitAsync(authorityId, variantNames, recordIds, token), cancellationToken).ConfigureAwait(false);
        return created;
    }

    private async Task<Authority> RequireAsync(string id, CancellationToken cancellationToken) =>
        await archive.Store.Authorities.FindAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new AuthorityEditException($"no authority {id}");

    private static string CheckName(string? name, string field)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length == 0)
        {
            throw new AuthorityEditException($"{field}: empty");
        }
        CheckText(trimmed, field, MaxNameLength);
        if (trimmed.Contains('\n', StringComparison.Ordinal) || trimmed.Contains('\r', StringComparison.Ordinal))
        {
            throw new AuthorityEditException($"{field} '{trimmed}': one line only");
        }
        return trimmed.Normalize(System.Text.NormalizationForm.FormC);
    }

    private static void CheckText(string text, string field, int maxLength)
    {
        if (text.Length > maxLength)
        {
            throw new AuthorityEditException($"{field}: at most {maxLength} characters");
        }
        if (CodePoints.FirstForbidden(text) is { } at)
        {
            throw new AuthorityEditException($"{field}: {CodePoints.Describe(text, at)}");
        }
    }

    private static string Word(AuthorityKind kind) => kind switch
    {
        AuthorityKind.Person => "person",
        AuthorityKind.Organisation => "organisation",
        _ => "place",
    };

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
