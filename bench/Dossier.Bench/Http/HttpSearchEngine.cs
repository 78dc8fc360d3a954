using System.Globalization;
using System.Text.Json;
using Dossier.Bench.Search;

namespace Dossier.Bench.Http;

/// <summary>
/// A running `dossier serve` asked through `/api/search` as a client would: top 10 with snippets and facets, the
/// whole JSON answer read. Every request carries a parameter no other request has, so the output cache never answers.
/// With the server's <paramref name="pid"/>, the bench also reads the CPU it spends.
/// </summary>
internal sealed class HttpSearchEngine(string name, Uri server, HttpClient client, int? pid = null) : ISearchEngine, IProcessEngine
{
    private long _unique = DateTime.UtcNow.Ticks;

    public string Name => name;

    public async Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var unique = Interlocked.Increment(ref _unique).ToString(CultureInfo.InvariantCulture);
        var path = "/api/search?limit=10&facets=true&q=" + Uri.EscapeDataString(query.Typed) + "&u=" + unique;
        using var response = await client.GetAsync(new Uri(server, path), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var json = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken).ConfigureAwait(false);
        return json.RootElement.TryGetProperty("hits", out var hits) ? hits.GetArrayLength() : 0;
    }

    public double? CpuMs() => pid is { } process ? ProcessCpu.Ms(process) : null;

    public Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the HTTP engine is timed only");
}
