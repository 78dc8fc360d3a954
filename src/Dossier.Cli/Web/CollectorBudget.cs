using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Dossier.Cli.Web;

/// <summary>
/// The garbage collector's youngest generation for <c>serve</c>: about 64 MB in all, split over the server collector's
/// heaps (32 MB each on 2 cores), never under 16 MB a heap. The runtime sizes it from the CPU cache it is told of, and a
/// virtual machine that reports none got a few MB a heap: under load the reading room collected it about 55 times a
/// second, pausing every request each time. With this budget, on the 2-core machine of the benches (`bench web-load`,
/// unique URLs, one run side by side), the search page answered 776 pages a second against 631, the document page 1,632
/// against 1,442, the document page with ?q= 1,156 against 959, and the search API with facets 1,244 against 1,110.
/// </summary>
/// <remarks>
/// Only the <c>DOTNET_GCgen0size</c> environment variable sets that size: the runtime reads no <c>runtimeconfig.json</c>
/// property for it, and reads it once, before any code of ours runs. So <c>serve</c> replaces its own process image by
/// itself with the variable set (<c>execve</c> on <c>/proc/self/exe</c> with the same arguments: the process id, open
/// standard streams and parent stay). A variable set by whoever started the process, to any value, is left as it is, and
/// so turns this off (0: the runtime's own size). The restart costs `serve` about 0.1 s before it is ready. Linux only;
/// elsewhere, or when the call fails, the process goes on with the runtime's own size.
/// </remarks>
internal static class CollectorBudget
{
    public const string Variable = "DOTNET_GCgen0size";

    private const long Total = 64L << 20;

    private const long Floor = 16L << 20;

    /// <summary>The size a heap's youngest generation gets, in bytes.</summary>
    public static long PerHeap(int processors) => Math.Max(Floor, Total / Math.Max(1, processors));

    /// <summary>
    /// Whether the command line runs <c>serve</c>: its first word that is neither an option nor the value of a global
    /// option (which may come before the command's name). Read before System.CommandLine parses anything; a line it then
    /// refuses is refused by the restarted image.
    /// </summary>
    public static bool NamesServe(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            if (GlobalOptions.Names.Contains(args[i], StringComparer.Ordinal))
            {
                i++;
            }
            else if (!args[i].StartsWith('-'))
            {
                return string.Equals(args[i], "serve", StringComparison.Ordinal);
            }
        }
        return false;
    }

    /// <summary>Restarts this process with the budget set, when it is not yet; returns only when it does not restart.</summary>
    public static void Apply()
    {
        if (!OperatingSystem.IsLinux() || !GCSettings.IsServerGC
            || Environment.GetEnvironmentVariable(Variable) is not null || Environment.GetEnvironmentVariable("COMPlus_GCgen0size") is not null)
        {
            return;
        }
        string[] arguments;
        try
        {
            // The exact argv the process was started with (the host's, `dotnet exec dossier.dll …` included).
            arguments = File.ReadAllText("/proc/self/cmdline").TrimEnd('\0').Split('\0');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(variable => variable.Key + "=" + variable.Value)
            .Append(Variable + "=" + PerHeap(Environment.ProcessorCount).ToString("x", CultureInfo.InvariantCulture))
            .ToList();
        // Just before the call: only a failed call leaves this process serving without the diagnostics tools' address.
        ReleaseDiagnosticsAddress();
        try
        {
            // Returns only on failure; on success this process goes on as the new image.
            _ = Execve("/proc/self/exe", [.. arguments, null], [.. environment, null]);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or ArgumentException)
        {
            // A C library without execve, or an argument it cannot carry: serve with the runtime's own size.
        }
    }

    /// <summary>
    /// Removes this process's diagnostics socket file (<c>dotnet-diagnostic-PID-START-socket</c> in the temporary folder),
    /// which the new image names the same (same id, same start time) and could not bind while it exists: dotnet-counters
    /// and dotnet-trace would find the file and be refused.
    /// </summary>
    private static void ReleaseDiagnosticsAddress()
    {
        try
        {
            foreach (var socket in Directory.EnumerateFiles(Path.GetTempPath(), $"dotnet-diagnostic-{Environment.ProcessId}-*-socket"))
            {
                File.Delete(socket);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without the file removed, the restart still serves; only the diagnostics tools cannot attach.
        }
    }

    // DllImport rather than LibraryImport: LibraryImport needs unsafe code allowed. Each array is a null-ended char*[]; LPStr
    // is UTF-8 on Linux.
    [DllImport("libc", EntryPoint = "execve", ExactSpelling = true, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Execve(
        [MarshalAs(UnmanagedType.LPStr)] string path,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string?[] argv,
        [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string?[] envp);
}
