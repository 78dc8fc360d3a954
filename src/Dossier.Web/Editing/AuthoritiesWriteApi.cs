using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Editing;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Editing;

/// <summary>
/// Authority curation in the JSON API (issue 11 items 2 and 8), for the <c>edit</c> policy: PUT /api/people/{id} edits
/// the heading, description and variants; POST …/{id}/merge folds another authority into this one; POST …/{id}/split
/// moves variants and chosen records to a new one. The same for /api/places and /api/organisations.
/// </summary>
public static class AuthoritiesWriteApi
{
    public static RouteGroupBuilder MapAuthoritiesWriteApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        Map(api, "/people", AuthorityKind.Person, "People");
        Map(api, "/places", AuthorityKind.Place, "Places");
        Map(api, "/organisations", AuthorityKind.Organisation, "Organisations");
        return api;
    }

    private static void Map(RouteGroupBuilder api, string prefix, AuthorityKind kind, string name)
    {
        var group = api.MapGroup(prefix).WithTags(name).RequireAuthorization(ArchivePolicies.Edit);
        group.MapPut("/{id}", (string id, AuthorityEditRequest? body, HttpContext http, AuthorityDesk desk, Archive archive, CancellationToken ct) =>
            RunAsync(archive, kind, id, async () =>
            {
                var edit = new AuthorityEdit(id, body?.PreferredName ?? "", body?.Description, body?.Variants ?? []);
                var edited = await desk.EditAsync(edit, EditorialDesk.AuthorOf(http.User), ct).ConfigureAwait(false);
                return edited is null ? Results.NotFound() : Results.Ok(edited);
            }, ct)).WithName("Edit" + name);
        group.MapPost("/{id}/merge", (string id, AuthorityMergeRequest? body, HttpContext http, AuthorityDesk desk, Archive archive, CancellationToken ct) =>
            RunAsync(archive, kind, id, async () =>
            {
                if (string.IsNullOrWhiteSpace(body?.Other))
                {
                    return Problem("Name the authority to merge into this one: {\"other\": \"p…\"}.");
                }
                return Results.Ok(await desk.MergeAsync(id, body.Other, EditorialDesk.AuthorOf(http.User), ct).ConfigureAwait(false));
            }, ct)).WithName("Merge" + name);
        group.MapPost("/{id}/split", (string id, AuthoritySplitRequest? body, HttpContext http, AuthorityDesk desk, Archive archive, CancellationToken ct) =>
            RunAsync(archive, kind, id, async () =>
            {
                var created = await desk.SplitAsync(id, body?.Variants ?? [], body?.Records ?? [], EditorialDesk.AuthorOf(http.User), ct).ConfigureAwait(false);
                return Results.Created("/api" + prefix + "/" + created.Id, created);
            }, ct)).WithName("Split" + name);
    }

    /// <summary>Answers 404 unless the id names an authority of the address's kind, and 400 with the reason for a refused change.</summary>
    private static async Task<IResult> RunAsync(Archive archive, AuthorityKind kind, string id, Func<Task<IResult>> change, CancellationToken cancellationToken)
    {
        var stored = await archive.Store.Authorities.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.Kind != kind)
        {
            return Results.NotFound();
        }
        try
        {
            return await change().ConfigureAwait(false);
        }
        catch (AuthorityEditException e)
        {
            return Problem(e.Message);
        }
    }

    private static IResult Problem(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The authority change was refused", detail: detail);
}
