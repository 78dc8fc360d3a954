using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Dossier.Cli.Tests;

/// <summary>Runs the real `dossier` executable as a child process: one command to its end, or `serve` until stopped.</summary>
public sealed partial class DossierProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Text.StringBuilder _output = new();

    private DossierProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Everything the process printed so far (stdout and stderr).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "dossier.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    /// <summary>Runs one command to its end.</summary>
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>Starts `dossier serve` on a free loopback port and waits until it says where it listens.</summary>
    public static async Task<(DossierProcess Server, Uri Url)> ServeAsync(string data, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = StartInfo("serve", "--urls", "http://127.0.0.1:0", "--data", data);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }
        var server = new DossierProcess(Process.Start(info)!);
        server._process.OutputDataReceived += (_, e) => server.Seen(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Seen(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        var url = await server._url.Task.WaitAsync(TimeSpan.FromSeconds(90), TestContext.Current.CancellationToken);
        return (server, new Uri(url));
    }

    public bool HasExited => _process.HasExited;

    private void Seen(string? line)
    {
        if (line is null)
        {
            _url.TrySetException(new InvalidOperationException("dossier serve ended before listening:\n" + Output));
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _url.TrySetResult(match.Groups[1].Value);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
    }

    [GeneratedRegex(@"reading room on (http://\S+) ", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningOn();
}
