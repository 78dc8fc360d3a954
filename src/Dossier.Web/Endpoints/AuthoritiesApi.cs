using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Web.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Endpoints;

/// <summary>GET /api/people, /api/places, /api/organisations (?q= filters names and variants) and each one's record.</summary>
public static class AuthoritiesApi
{
    /// <summary>The store has no offset for authorities; lists are paged from this many.</summary>
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
        group.MapGet("/", (HttpRequest request, Archive archive, CancellationToken cancellationToken) =>
            ListAsync(kind, request, archive, cancellationToken)).WithName("List" + name);
        group.MapGet("/{id}", (string id, HttpRequest request, Archive archive, DocumentService documents, CancellationToken cancellationToken) =>
            GetAsync(kind, id, request, archive, documents, cancellationToken)).WithName("Get" + name);
    }

    private static async Task<Results<Ok<Page<Authority>>, ValidationProblem>> ListAsync(
        AuthorityKind kind, HttpRequest request, Archive archive, CancellationToken cancellationToken)
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
        var found = await archive.Store.Authorities
            .SearchAsync(kind, string.IsNullOrWhiteSpace(q) ? null : q.Trim(), MaxAuthorities, cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Ok(paging.Of(found, request));
    }

    private static async Task<Results<Ok<AuthorityDetail>, NotFound, ValidationProblem>> GetAsync(
        AuthorityKind kind, string id, HttpRequest request, Archive archive, DocumentService documents, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var paging = Paging.Parse(request, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var authority = await archive.Store.Authorities.FindAsync(id, cancellationToken).ConfigureAwait(false);
        if (authority is null || authority.Kind != kind)
        {
            return TypedResults.NotFound();
        }
        var ids = await archive.Store.Authorities.RecordIdsCitingAsync(authority.Id, cancellationToken).ConfigureAwait(false);
        var records = await documents.PublicAsync(ids.ToList(), cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(new AuthorityDetail(authority, paging.Of(records.Select(DocumentSummary.From), request)));
    }
}
