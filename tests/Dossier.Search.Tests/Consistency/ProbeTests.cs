using Dossier.Core.Search;

namespace Dossier.Search.Tests.Consistency;

public sealed class ProbeTests(TeiMiniWithModelRecord archive) : IClassFixture<TeiMiniWithModelRecord>
{
    [Fact]
    public async Task Probe()
    {
        var lines = new List<string>();
        var target = Environment.GetEnvironmentVariable("PROBE_ID") ?? "";
        foreach (var q in (Environment.GetEnvironmentVariable("PROBE") ?? "Khrushchev|Khrushchyov").Split('|'))
        {
            var r = await archive.Index.SearchAsync(new SearchRequest { Query = q, Limit = 300, Snippets = 1 }, TestContext.Current.CancellationToken);
            var rank = r.Hits.ToList().FindIndex(h => h.Id == target);
            lines.Add($"{q}: total {r.Total} rank {rank + 1}");
            foreach (var (h, i) in r.Hits.Select((h, i) => (h, i)).Where(x => Math.Abs(x.i - rank) <= 3 || x.i < 3))
            {
                lines.Add($"  {i + 1} {h.Id} {h.Score:0.000} {string.Join(" | ", h.Why.Take(3))}");
            }
        }
        File.WriteAllLines("/tmp/probe.txt", lines);
    }
}
