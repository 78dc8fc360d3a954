using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Bench.Http;

namespace Dossier.Bench.Search;

/// <summary>
/// A peer engine run as a process of its own (a script of <c>bench/peers</c>), asked one JSON request a line on its
/// standard input and answering one JSON line on its standard output. Its times include the round trip through the
/// pipes, which <see cref="RoundTripMicroseconds"/> measures apart.
/// </summary>
internal sealed class PeerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _input;
    private readonly StreamReader _output;

    private PeerProcess(Process process)
    {
        _process = process;
        _input = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        _output = new StreamReader(process.StandardOutput.BaseStream, Encoding.UTF8);
    }

    public int Pid => _process.Id;

    /// <summary>Runs <paramref name="script"/> (under bench/peers) with <paramref name="arguments"/>, for requests.</summary>
    public static PeerProcess Start(string program, string script, params string[] arguments) =>
        new(Process.Start(Info(program, script, arguments)) ?? throw new InvalidOperationException(script + " could not be started"));

    /// <summary>Runs <paramref name="script"/> to its end and returns the JSON of its last line.</summary>
    public static async Task<JsonNode> RunAsync(string program, string script, string[] arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(Info(program, script, arguments)) ?? throw new InvalidOperationException(script + " could not be started");
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors.Trim()}");
        }
        return JsonNode.Parse(output.Trim().Split('\n')[^1]) ?? throw new InvalidOperationException(script + " printed no answer");
    }

    public JsonNode Ask(object request)
    {
        _input.WriteLine(JsonSerializer.Serialize(request));
        var line = _output.ReadLine() ?? throw new InvalidOperationException($"the peer process {_process.Id} ended: {_process.StandardError.ReadToEnd().Trim()}");
        var answer = JsonNode.Parse(line) ?? throw new InvalidOperationException("the peer process answered nothing");
        return answer["error"] is { } error ? throw new InvalidOperationException("the peer process: " + error) : answer;
    }

    /// <summary>The median round trip of an empty request, in microseconds, over <paramref name="count"/> of them.</summary>
    public double RoundTripMicroseconds(int count = 2_000)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            Ask(new { op = "ping" });
            times[i] = clock.Elapsed.TotalMicroseconds;
        }
        Array.Sort(times);
        return times[count / 2];
    }

    public double? CpuMs() => ProcessCpu.Exists(_process.Id) ? ProcessCpu.Ms(_process.Id) : null;

    public void Dispose()
    {
        _input.Dispose();
        if (!_process.WaitForExit(10_000))
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private static ProcessStartInfo Info(string program, string script, string[] arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(PeersFolder(), script));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        return info;
    }

    /// <summary>bench/peers of the checkout the bench runs from.</summary>
    private static string PeersFolder() => Path.Combine(SearchBenchmark.RepositoryRoot(), "bench", "peers");
}
