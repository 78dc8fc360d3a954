using System.Net;
using System.Text.Json;

namespace Dossier.Bench.Integrity;

/// <summary>
/// Bounded loopback load on a running server: <c>loops</c> concurrent HttpClient loops over the search page, the search
/// API and document pages, until stopped. Counts requests and HTTP errors (any non-2xx answer or failed request).
/// </summary>
internal sealed class ServeLoad(Uri server, int loops)
{
    private static readonly string[] Words = ["Khrushchev", "Kennedy", "Berlin", "missile", "Moscow", "treaty", "Vienna", "Gromyko", "disarmament", "Cuba"];

    private int _requests;
    private int _errors;

    public int Requests => _requests;

    public int Errors => _errors;

    public async Task RunAsync(CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        var documents = await DocumentIdsAsync(http, stop).ConfigureAwait(false);
        await Task.WhenAll(Enumerable.Range(0, loops).Select(loop => LoopAsync(http, loop, documents, stop))).ConfigureAwait(false);
    }

    private async Task LoopAsync(HttpClient http, int loop, IReadOnlyList<string> documents, CancellationToken stop)
    {
        for (var i = loop; !stop.IsCancellationRequested; i++)
        {
            var word = Words[i % Words.Length];
            var path = (i % 3) switch
            {
                0 => "/search?q=" + word,
                1 => "/api/search?q=" + word + "&facets=true",
                _ => documents.Count == 0 ? "/" : "/documents/" + Uri.EscapeDataString(documents[i % documents.Count]),
            };
            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative), stop).ConfigureAwait(false);
                Interlocked.Increment(ref _requests);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _errors);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Interlocked.Increment(ref _requests);
                Interlocked.Increment(ref _errors);
            }
        }
    }

    private static async Task<IReadOnlyList<string>> DocumentIdsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri("/api/documents?limit=50", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return [];
        }
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        var ids = new List<string>();
        Collect(json.RootElement, ids);
        return ids;
    }

    private static void Collect(JsonElement element, List<string> ids)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, ids);
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals("id") && property.Value.ValueKind == JsonValueKind.String)
                {
                    ids.Add(property.Value.GetString()!);
                }
                else
                {
                    Collect(property.Value, ids);
                }
            }
        }
    }
}
