using System.Diagnostics;
using System.Text;

namespace Dossier.Bench.Integrity;

/// <summary>The real `dossier` (dossier.dll beside the bench) as a child process, its output collected.</summary>
internal sealed class DossierChild : IDisposable
{
    private readonly StringBuilder _output = new();

    private DossierChild(Process process) => Process = process;

    public Process Process { get; }

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

    /// <summary>Raised with each line the child prints (stdout or stderr).</summary>
    public event Action<string>? Line;

    public static DossierChild Start(params string[] args)
    {
        var dossier = Path.Combine(AppContext.BaseDirectory, "dossier.dll");
        if (!File.Exists(dossier))
        {
            throw new FileNotFoundException("dossier.dll is not beside the bench", dossier);
        }
        var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", dossier, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dossier did not start");
        var child = new DossierChild(process);
        process.OutputDataReceived += (_, e) => child.Seen(e.Data);
        process.ErrorDataReceived += (_, e) => child.Seen(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs one command to its end: its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var child = Start(args);
        await child.Process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        child.Process.WaitForExit();
        return (child.Process.ExitCode, child.Output);
    }

    private void Seen(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        Line?.Invoke(line);
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }
        Process.Dispose();
    }
}
