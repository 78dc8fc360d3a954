using System.Diagnostics;
using Dossier.Testing;

namespace Dossier.Citations.Tests;

/// <summary>
/// Runs the independent oracles (citeproc-js, Citation.js) with node as a child process. Without node or the npm
/// packages (`npm ci` in Oracle/) the tests are skipped on a workstation and fail under CI=true.
/// </summary>
internal static class NodeOracle
{
    public static string Folder => Path.Combine(Shared.Root, "tests", "Dossier.Citations.Tests", "Oracle");

    public static string Styles => Shared.PathTo("corpora/csl");

    public static async Task<string> RunAsync(string script, string input, params string[] arguments)
    {
        var missing = Missing();
        if (missing is not null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(missing);
            }
            Assert.Skip(missing);
        }
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(Folder, script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"node {script} failed: {await error}");
        return await output;
    }

    private static string? Missing()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "citeproc")) || !Directory.Exists(Path.Combine(Folder, "node_modules", "@citation-js", "core")))
        {
            return "the oracle packages are not installed: run `npm ci` in " + Folder;
        }
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator).Any(p => File.Exists(Path.Combine(p, "node"))) ? null : "node is not on the PATH";
    }
}
