using System.Net;

namespace Dossier.Web.Tests.Support;

internal static class HttpExtensions
{
    public static async Task<string> GetPageAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"GET {path}: {(int)response.StatusCode}, expected {(int)expected}\n{body[..Math.Min(body.Length, 2000)]}");
        return body;
    }
}
