using System.Text.RegularExpressions;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Tests.Accounts;

/// <summary>
/// Every form on every page without route parameters (as an admin sees it, so the admin pages count): a form that
/// posts carries an anti-forgery token, and a form without one only reads (method="get").
/// </summary>
public sealed partial class FormProtectionTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_carry_an_anti_forgery_token_in_every_form_that_posts()
    {
        using var admin = room.NewClient();
        await TestAccounts.SignInAsync(admin, Desks.For(room.Services), ArchiveRoles.Admin, Cancel);
        var paths = room.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Append("/documents/" + room.IdOf("lighthouse-1"))
            .Distinct(StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        var posting = 0;

        foreach (var path in paths)
        {
            var html = await admin.GetPageAsync(path);
            foreach (Match form in Form().Matches(html))
            {
                var method = Method().Match(form.Groups["open"].Value) is { Success: true } m ? m.Groups["method"].Value.ToLowerInvariant() : "get";
                var hasToken = form.Value.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal);
                posting += method == "post" ? 1 : 0;
                if (method == "post" && !hasToken)
                {
                    problems.Add($"{path}: a form posts without an anti-forgery token: {form.Groups["open"].Value}");
                }
                if (method is not ("post" or "get"))
                {
                    problems.Add($"{path}: form method '{method}'");
                }
            }
        }

        Assert.Contains("/account/login", paths);
        Assert.True(posting >= 6, $"only {posting} posting forms found on {paths.Count} pages");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [GeneratedRegex("(?<open><form\\b[^>]*>).*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Form();

    [GeneratedRegex("\\bmethod=\"(?<method>[a-zA-Z]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Method();
}
