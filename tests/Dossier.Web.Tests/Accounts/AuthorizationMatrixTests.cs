using System.Net;
using System.Text;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Tests.Accounts;

/// <summary>
/// Every role (anonymous, reader, contributor, editor, admin), by session cookie and by bearer token, against every
/// endpoint the app maps that writes or sits behind a policy — read from the app's own endpoint data source, so
/// endpoints added later are covered without touching this test. The expected answer comes from each endpoint's
/// authorization metadata: anonymous gets 401 (API) or a redirect to sign-in (pages), a role below the policy 403,
/// a role at or above it anything else. A non-GET endpoint with no authorization metadata fails the test unless it is
/// explicitly public ([AllowAnonymous], like the sign-in form and the OAI-PMH POST).
/// </summary>
public sealed class AuthorizationMatrixTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_answer_every_role_on_every_write_endpoint_and_protected_page_as_its_policy_says()
    {
        var (cases, unprotected) = await EnumerateAsync();
        Assert.True(unprotected.Count == 0, "write endpoints without authorization metadata (add a policy, or AllowAnonymous if public):\n" + string.Join("\n", unprotected));
        // What exists on this branch at least: the account API, the admin pages, the password page.
        Assert.Contains(cases, c => c is { Method: "POST", Path: "/api/accounts" });
        Assert.Contains(cases, c => c is { Method: "POST", Path: "/account/password", IsPage: true });
        // Authority curation, in the API and on the editors' pages.
        Assert.Contains(cases, c => c is { Method: "POST", Path: "/api/people/matrix-test/merge" });
        Assert.Contains(cases, c => c is { Method: "POST", Path: "/workspace/authorities/matrix-test", IsPage: true });

        var desk = Desks.For(room.Services);
        var failures = new List<string>();
        var ranks = ArchiveRoles.All.Select(RoleLadder.Rank).ToList();
        using var anonymous = room.NewClient();
        foreach (var role in ArchiveRoles.All)
        {
            using var cookie = room.NewClient();
            await TestAccounts.SignInAsync(cookie, desk, role, Cancel);
            using var bearer = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(desk, role, Cancel));
            foreach (var c in cases)
            {
                await CheckAsync(cookie, c, role, "cookie", failures);
                await CheckAsync(bearer, c, role, "bearer", failures);
            }
        }
        foreach (var c in cases)
        {
            await CheckAsync(anonymous, c, null, "anonymous", failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count * 9} answers broke their endpoint's policy:\n" + string.Join("\n", failures));
        Assert.True(ranks.SequenceEqual(Enumerable.Range(0, ArchiveRoles.All.Count)));
    }

    private static async Task CheckAsync(HttpClient client, EndpointCase c, string? role, string how, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(c.Method), new Uri(c.Path, UriKind.Relative));
        if (!HttpMethods.IsGet(c.Method) && !HttpMethods.IsHead(c.Method) && !HttpMethods.IsDelete(c.Method))
        {
            request.Content = c.IsPage
                ? new FormUrlEncodedContent([])
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }
        using var response = await client.SendAsync(request, Cancel);
        var status = (int)response.StatusCode;
        var toSignIn = status == 302 && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true;
        var rank = RoleLadder.Rank(role);
        string expected;
        bool ok;
        if (role is null)
        {
            var program = !c.IsPage || how == "bearer";
            expected = program ? "401" : "302 to /account/login";
            ok = program ? status == 401 : toSignIn;
        }
        else if (rank < c.MinimumRank)
        {
            expected = "403";
            ok = status == 403;
        }
        else
        {
            expected = "neither 401, 403 nor a sign-in redirect";
            ok = status is not (401 or 403) && !toSignIn;
        }
        if (!ok)
        {
            failures.Add($"{c.Display} as {role ?? "anonymous"} ({how}): {status}, expected {expected}");
        }
    }

    /// <summary>The endpoints to check (protected ones, every method) and the write endpoints nobody protected.</summary>
    private async Task<(List<EndpointCase> Cases, List<string> Unprotected)> EnumerateAsync()
    {
        var cases = new List<EndpointCase>();
        var unprotected = new List<string>();
        var loader = room.Services.GetRequiredService<PageLoader>();
        foreach (var endpoint in room.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            var isPage = metadata.GetMetadata<PageActionDescriptor>() is not null;
            if (isPage)
            {
                // Attributes on a page's model only reach its endpoint once the page is loaded.
                var compiled = await loader.LoadAsync(metadata.GetMetadata<PageActionDescriptor>()!, endpoint.Metadata);
                metadata = compiled.Endpoint?.Metadata ?? new EndpointMetadataCollection(compiled.EndpointMetadata);
            }
            var methods = metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
            var path = EndpointCase.PathOf(endpoint);
            var isPublic = metadata.GetMetadata<IAllowAnonymous>() is not null;
            var authorize = metadata.GetOrderedMetadata<IAuthorizeData>();
            foreach (var method in methods.Where(m => !HttpMethods.IsHead(m) && !HttpMethods.IsOptions(m)))
            {
                var display = $"{method} {endpoint.RoutePattern.RawText} ({endpoint.DisplayName})";
                var writes = !HttpMethods.IsGet(method);
                if (authorize.Count == 0 || isPublic)
                {
                    if (writes && !isPublic)
                    {
                        unprotected.Add(display);
                    }
                    continue;
                }
                var minimum = authorize.Select(a => a.Policy is null ? 0 : RoleLadder.Rank(RoleLadder.MinimumRole(a.Policy)))
                    .Concat(authorize.Where(a => a.Roles is not null).Select(a => a.Roles!.Split(',').Min(r => RoleLadder.Rank(r.Trim()))))
                    .Max();
                cases.Add(new EndpointCase(method, path, display, isPage, minimum));
            }
        }
        return (cases, unprotected);
    }
}
