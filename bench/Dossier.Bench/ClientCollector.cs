using System.Diagnostics;
using System.Runtime;

namespace Dossier.Bench;

/// <summary>
/// The garbage collector each bench runs under: the server collector (the project's default, as `dossier` runs it) for
/// the benches that time Dossier's own work in this process, and the workstation collector, as a client runs it, for the
/// benches that time a separate `dossier` process as its client. Under the server collector a client that holds the
/// peers' 31,667 documents collected on both cores while it waited for answers, and the server it timed lost them: in
/// two runs of `search-http` on the 100 volumes, one after the other against the same running server, the name class's
/// p50 was 2.19 ms with the server collector in the client and 1.41 ms with the workstation one (wrk, a lighter client: 1.30 ms).
/// </summary>
internal static class ClientCollector
{
    /// <summary>The benches that time a `dossier` process they start or are given, and do no timed work of their own.</summary>
    private static readonly HashSet<string> ClientBenches = new(StringComparer.Ordinal)
    {
        "search-http", "web-load", "scale", "startup", "memory", "concurrent-import", "propagation",
    };

    /// <summary>The variable the runtime reads before the project's setting (runtimeconfig.json).</summary>
    private const string ServerVariable = "DOTNET_gcServer";

    /// <summary>
    /// Runs <paramref name="args"/> again in a child process under the workstation collector when they name a client
    /// bench and this process runs the server one, and returns the child's exit code; null to run them here.
    /// </summary>
    public static async Task<int?> RerunAsync(string[] args)
    {
        if (args.Length == 0 || !ClientBenches.Contains(args[0]) || !GCSettings.IsServerGC
            || Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 })
        {
            // Already a client's collector, or the caller chose one with the variable: it stands.
            return null;
        }
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("the bench's own process path is unknown");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.Ordinal))
        {
            // Run as `dotnet Dossier.Bench.dll …`: the child is given the bench's assembly too.
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(typeof(ClientCollector).Assembly.Location);
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment[ServerVariable] = "0";
        using var child = Process.Start(start) ?? throw new InvalidOperationException("the bench could not start itself again");
        await child.WaitForExitAsync().ConfigureAwait(false);
        return child.ExitCode;
    }
}
