using System.Net.Sockets;
using System.Text;
using CsCheck;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Security;

/// <summary>
/// Issue 15: every route gets long, malformed, repeated and oddly encoded parameters (invalid percent-encoding,
/// overlong UTF-8, NULs, RTL overrides), odd methods and odd Accept/Range/If-None-Match headers, sent as raw bytes
/// so nothing is cleaned up on the way; no answer is a 5xx, and no HTML answer holds the payload unescaped.
/// </summary>
public sealed class HttpFuzzTests(ReadingRoomFixture room)
{
    private const string Payload = "\"><svg onload=alert(7)>";
    private static readonly string EncodedPayload = Uri.EscapeDataString(Payload);

    private static readonly string[] Parameters =
    [
        "q", "hl", "lang", "from", "to", "collection", "person", "place", "subject", "sort", "limit", "offset", "facets", "left", "right", "decade", "kind",
        "repository", "shelf", "level1", "level2", "page",
    ];

    private static readonly string[] Values =
    [
        EncodedPayload, Payload.Replace(" ", "+", StringComparison.Ordinal), "%zz", "%", "%%41", "%C0%AF", "%C0%80", "%ED%A0%80", "%F4%90%80%80", "%FF%FE",
        "%00", "a%00b", "%E2%80%AE" + EncodedPayload, "%E2%80%8F%D7%90", "-1", "99999999999999999999", "1e309", "NaN", "0x10", "1962-02-30",
        "9999-99-99", "%EF%BF%BE", "*", "%22", "%27", "%3C", "()", "%5C", "..%2F..%2Fetc%2Fpasswd", "AND OR NOT", "\"unclosed", "~~~~", "?*?*",
    ];

    private static readonly string[] Methods = ["GET", "GET", "GET", "HEAD", "TRACE", "OPTIONS", "POST", "DELETE", "PROPFIND", "BREW", "get"];

    private static readonly string[] Headers =
    [
        "", "Accept: application/json", "Accept: */*;q=bogus", "Accept: text/html;q=0, application/xml", "Range: bytes=0-0", "Range: bytes=999999-",
        "Range: bytes=-5,1-2,abc", "If-None-Match: *", "If-None-Match: W/\"x\", \"", "If-Modified-Since: yesterday", "Accept-Encoding: br;q=2, gzip;q=-1",
        "Accept-Language: \u00ff\u00fe", "Content-Length: 0", "X-Forwarded-For: " + Payload,
    ];

    private string[] Routes() =>
    [
        "/", "/search", "/documents/" + room.IdOf("lighthouse-1"), "/documents/" + EncodedPayload, "/collections", "/collections/invented-letters",
        "/collections/" + EncodedPayload, "/people", "/people/" + EncodedPayload, "/places", "/places/%00", "/timeline", "/browse/archives", "/status/404",
        "/status/" + EncodedPayload, "/api/search", "/api/documents", "/api/documents/%C0%AF", "/api/collections", "/api/collections/%E2%80%AE",
        "/api/people", "/api/people/" + EncodedPayload, "/api/places", "/api/organisations", "/openapi/v1.json", "/health/live",
    ];

    [Fact]
    public async Task Should_never_answer_5xx_nor_echo_a_payload_unescaped()
    {
        var parameter = Gen.Select(Gen.OneOf(Parameters), Gen.OneOf(Values), Gen.Int[1, 3], (name, value, times) =>
            string.Join("&", Enumerable.Repeat(name + "=" + value, times)));
        var request = Gen.Select(Gen.OneOf(Routes()), Gen.OneOf(Methods), parameter.Array[0, 4], Gen.OneOf(Headers), Gen.Int[0, 12],
            (route, method, parameters, header, shape) => new Probe(method, shape == 0 ? route + "?q=" + new string('x', 100_000) : parameters.Length == 0 ? route : route + "?" + string.Join("&", parameters), header));
        await request.SampleAsync(async probe => await CheckAsync(probe), iter: 400, threads: 1, seed: "0000fuzzHTTP");
    }

    /// <summary>
    /// The sampled test above draws new cases after its seed on every run; the search routes, where every parameter
    /// reaches the index, get each hostile value in each parameter every time (a noncharacter in person= once failed there).
    /// </summary>
    [Fact]
    public async Task Should_search_with_every_hostile_value_in_every_parameter()
    {
        foreach (var route in new[] { "/search", "/api/search" })
        {
            foreach (var name in Parameters)
            {
                foreach (var value in Values)
                {
                    await CheckAsync(new Probe("GET", route + "?q=lighthouse&" + name + "=" + value, ""));
                }
            }
        }
    }

    [Fact]
    public async Task Should_answer_every_route_with_a_long_value_in_every_parameter()
    {
        var longValue = new string('\u05D0', 2000) + EncodedPayload + new string('z', 100_000);
        foreach (var route in Routes())
        {
            foreach (var name in Parameters)
            {
                await CheckAsync(new Probe("GET", route + "?" + name + "=" + longValue, ""));
            }
        }
    }

    private async Task CheckAsync(Probe probe)
    {
        var (status, contentType, body) = await SendAsync(probe);
        Assert.True(status is > 0 and < 500, $"{probe.Method} {probe.Target[..Math.Min(200, probe.Target.Length)]} [{probe.Header}]: {status}");
        if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            Assert.DoesNotContain("<svg onload", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Writes the request as raw bytes (no client normalizes it) and reads the answer to the end.</summary>
    private async Task<(int Status, string ContentType, string Body)> SendAsync(Probe probe)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(room.BaseAddress.Host, room.BaseAddress.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        var head = new StringBuilder()
            .Append(probe.Method).Append(' ').Append(probe.Target).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(room.BaseAddress.Authority).Append("\r\nConnection: close\r\n");
        if (probe.Header.Length > 0)
        {
            head.Append(probe.Header).Append("\r\n");
        }
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head.ToString()), TestContext.Current.CancellationToken);
        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, TestContext.Current.CancellationToken);
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = end < 0 ? text : text[..end];
        var status = headers.Length > 12 && int.TryParse(headers.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 0;
        var type = headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase)) ?? "";
        return (status, type, end < 0 ? "" : text[(end + 4)..]);
    }

    private sealed record Probe(string Method, string Target, string Header);
}
