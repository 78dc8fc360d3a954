using Dossier.Core.Records;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Dossier.Web.Editing;

/// <summary>
/// GET /api/documents/{id} for the archive's staff (contributors and above): the record's current version, drafts
/// included, with that version's entity tag ("v3", RFC 9110 §8.8.3) — the tag PUT's If-Match takes. Answers to a
/// signed-in request are never stored (see AccountServices.UseArchiveAccounts). Readers keep getting the public record
/// with the tag of its bytes.
/// </summary>
public sealed class StaffDocuments(EditorialDesk desk, IAuthorizationService authorization)
{
    /// <summary>The current version for a signed-in contributor or editor, with its ETag set on the response; null for anyone else or an unknown id.</summary>
    public async Task<ArchiveRecord?> CurrentAsync(HttpContext http, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.User.Identity?.IsAuthenticated != true
            || !(await authorization.AuthorizeAsync(http.User, ArchivePolicies.Contribute).ConfigureAwait(false)).Succeeded)
        {
            return null;
        }
        var current = await desk.Versions.CurrentAsync(id, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return null;
        }
        http.Response.Headers.ETag = current.ETag;
        return current.ToRecord();
    }
}
