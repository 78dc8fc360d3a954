using System.Net;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Hosting;

public sealed class MetricsTests(ReadingRoomFixture room)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_expose_search_counts_and_durations_as_opentelemetry_metrics_without_the_query()
    {
        var unique = "metricsprobe" + Guid.NewGuid().ToString("N");
        using (var search = await room.Client.GetAsync(new Uri("/api/search?q=" + unique, UriKind.Relative), Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        }

        // The exporter collects on scrape; a second scrape after the first sees every search made before it.
        string body = "";
        for (var attempt = 0; attempt < 20 && !body.Contains("dossier_search_requests", StringComparison.Ordinal); attempt++)
        {
            using var metrics = await room.Client.GetAsync(new Uri("/metrics", UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            body = await metrics.Content.ReadAsStringAsync(Cancel);
            await Task.Delay(100, Cancel);
        }

        Assert.Contains("dossier_search_requests", body, StringComparison.Ordinal);
        Assert.Contains("dossier_search_duration", body, StringComparison.Ordinal);
        Assert.Contains("found=\"false\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(unique, body, StringComparison.Ordinal);
    }
}
