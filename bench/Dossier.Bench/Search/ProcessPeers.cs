using System.Globalization;

namespace Dossier.Bench.Search;

/// <summary>
/// The peers that run as processes of their own, built from the bench's documents when Debian's packages are installed
/// (apt-get install python3-xapian sphinxsearch): each is left out, with a line saying so, when its package is missing.
/// </summary>
internal static class ProcessPeers
{
    private const int SphinxPort = 54330;

    /// <summary>Xapian 1.4 (a process of its own, <see cref="XapianEngine"/>), when Debian's python3-xapian is installed; else null, said so.</summary>
    public static async Task<XapianEngine?> XapianAsync(BenchReport report, IReadOnlyList<BenchDocument> documents, CancellationToken cancellationToken)
    {
        if (!XapianEngine.Available())
        {
            Console.WriteLine("xapian: not installed (apt-get install python3-xapian), left out");
            return null;
        }
        var folder = Path.Combine(Path.GetTempPath(), "dossier-bench-xapian");
        var (seconds, bytes) = await XapianEngine.BuildAsync(folder, documents, cancellationToken).ConfigureAwait(false);
        report.Peers["xapian"] = new PeerBuild(seconds, 0, bytes);
        var engine = XapianEngine.Open(folder);
        report.PeerRoundTripMs["xapian"] = engine.RoundTripMicroseconds() / 1000;
        Console.WriteLine(Invariant($"xapian: built in {seconds:0.0} s, {bytes / 1e6:0} MB; a round trip through its pipes {report.PeerRoundTripMs["xapian"]:0.000} ms (in its times)"));
        return engine;
    }

    /// <summary>Sphinx 2.2 (indexer and searchd, <see cref="SphinxEngine"/>), when Debian's sphinxsearch is installed; else null, said so.</summary>
    public static async Task<SphinxEngine?> SphinxAsync(BenchReport report, IReadOnlyList<BenchDocument> documents, CancellationToken cancellationToken)
    {
        if (!SphinxEngine.Available())
        {
            Console.WriteLine("sphinx: not installed (apt-get install sphinxsearch), left out");
            return null;
        }
        var folder = Path.Combine(Path.GetTempPath(), "dossier-bench-sphinx");
        var (seconds, bytes) = await SphinxEngine.BuildAsync(folder, SphinxPort, documents, cancellationToken).ConfigureAwait(false);
        report.Peers["sphinx"] = new PeerBuild(seconds, 0, bytes);
        Console.WriteLine(Invariant($"sphinx: indexed in {seconds:0.0} s, {bytes / 1e6:0} MB; searchd on 127.0.0.1:{SphinxPort}"));
        return await SphinxEngine.OpenAsync(folder, SphinxPort, documents, cancellationToken).ConfigureAwait(false);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
