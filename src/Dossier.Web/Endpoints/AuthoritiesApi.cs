using Dossier.Core.Authorities;
using Dossier.Web.Authorities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Endpoints;

/// <summary>GET /api/people, /api/places, /api/organisations (?q= filters names and variants) and each one's record.</summary>
public static class AuthoritiesApi
{
    /// <summary>Lists are paged from at most this many.</summary>
    internal const int MaxAuthorities = 10_000;

    public static RouteGroupBuilder MapAuthoritiesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        Map(api, "/people", AuthorityKind.Person, "People");
        Map(api, "/places", AuthorityKind.Place, "Places");
        Map(api, "/organisations", AuthorityKind.Organisation, "Organisations");
        return api;
    }

    private static void Map(RouteGroupBuilder api, string prefix, AuthorityKind kind, string name)
    {
        var group = api.MapGroup(prefix).WithTags(name);
        group.MapGet("/", (HttpRequest request, AuthorityDirectory authorities, CancellationToken cancellationToken) =>
            ListAsync(kind, request, authorities, cancellationToken)).WithName("List" + name);
        group.MapGet("/{id}", (string id, HttpRequest request, AuthorityDirectory authorities, Editing.MergeRedirects merges, CancellationToken cancellationToken) =>
            GetAsync(kind, id, request, authorities, merges, prefix, cancellationToken)).WithName("Get" + name);
    }

    private static async Task<Results<Ok<Page<Authority>>, ValidationProblem>> ListAsync(
        AuthorityKind kind, HttpRequest request, AuthorityDirectory authorities, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var paging = Paging.Parse(request, errors);
        var q = request.Query["q"].FirstOrDefault();
        if (q is { Length: > 200 })
        {
            errors["q"] = ["'q' must be at most 200 characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (string.IsNullOrWhiteSpace(q))
        {
            // Without a query, only the page asked for is read.
            var (items, total) = await authorities.PageAsync(kind, paging.Offset, paging.Limit, MaxAuthorities, cancellationToken).ConfigureAwait(false);
            return TypedResults.Ok(new Page<Authority>(items, total, paging.Limit, paging.Offset, paging.NextLink(request, paging.Offset + paging.Limit < total)));
        }
        var found = await authorities.ListAsync(kind, q.Trim(), MaxAuthorities, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(paging.Of(found, request));
    }

    /// <remarks>A merged authority's id answers 301 with its survivor's address, when the survivor is public.</remarks>
    private static async Task<Results<Ok<AuthorityDetail>, RedirectHttpResult, NotFound, ValidationProblem>> GetAsync(
        AuthorityKind kind, string id, HttpRequest request, AuthorityDirectory authorities, Editing.MergeRedirects merges, string prefix, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var paging = Paging.Parse(request, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await authorities.FindAsync(kind, id, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return await merges.SurvivorAsync(id, cancellationToken).ConfigureAwait(false) is { } survivor
                && await authorities.FindAsync(kind, survivor, cancellationToken).ConfigureAwait(false) is not null
                ? TypedResults.Redirect("/api" + prefix + "/" + Uri.EscapeDataString(survivor), permanent: true)
                : TypedResults.NotFound();
        }
        var total = found.DocumentCount;
        var documents = await authorities.DocumentsAsync(found, byDate: false, paging.Offset, paging.Limit, cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new AuthorityDetail(
            found.Authority,
            new Page<DocumentSummary>([.. documents.Select(DocumentSummary.From)], total, paging.Limit, paging.Offset, paging.NextLink(request, paging.Offset + paging.Limit < total))));
    }
}
