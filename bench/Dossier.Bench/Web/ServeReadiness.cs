using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dossier.Bench.Web;

/// <summary>How long `dossier serve` takes from process start until /health/ready answers 200.</summary>
internal static class ServeReadiness
{
    public static async Task<TimeSpan?> MeasureAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var dossier = Path.Combine(AppContext.BaseDirectory, "dossier.dll");
        if (!File.Exists(dossier))
        {
            return null;
        }
        var url = new Uri("http://127.0.0.1:" + FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", dossier, "serve", "--data", dataFolder, "--urls", url.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("dossier serve did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(120) && !process.HasExited)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri(url, "/health/ready"), cancellationToken);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return clock.Elapsed;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(10, cancellationToken);
            }
            return null;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
