using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace Dossier.Bench.Ingest;

/// <summary>
/// `memory [--sizes 1,5,19] [--formats csv,jsonl,wcda-page] [--runs N]`: issue 15's memory goal, "peak memory for
/// importing a file stays under 300 MB plus three times its size". For each format and size it writes one record whose
/// one text field (a CSV cell, a JSON Lines layer, a page's translation) holds that many MB of real English prose (the
/// text of FRUS 1961–63 vol. VI, repeated), runs `dossier import` on it into an empty data folder as a child process
/// under /usr/bin/time, and prints the child's peak resident set (VmHWM) beside the goal. A page export is capped at
/// 10 MB by the importer, so its largest size is 9.5 MB.
/// </summary>
internal static class MemoryBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = (Option(args, "--sizes") ?? "1,5,19").Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var formats = (Option(args, "--formats") ?? "csv,jsonl,wcda-page").Split(',');
        var runs = int.Parse(Option(args, "--runs") ?? "1", CultureInfo.InvariantCulture);
        var shared = SharedMaterial.Folder();
        var prose = Prose(Path.Combine(shared, "corpora", "frus", "tei-mini", "frus1961-63v06.xml"));
        var page = await File.ReadAllTextAsync(Path.Combine(shared, "fixtures", "wcda", "119698.md")).ConfigureAwait(false);
        var work = Directory.CreateTempSubdirectory("dossier-memory-").FullName;
        var failed = 0;
        try
        {
            Console.WriteLine("format     field MB  file MB  exit  seconds  peak MB  goal MB  verdict");
            foreach (var format in formats)
            {
                foreach (var wanted in sizes)
                {
                    var megabytes = string.Equals(format, "wcda-page", StringComparison.Ordinal) ? Math.Min(wanted, 9.5) : wanted;
                    var text = Text(prose, (int)(megabytes * 1024 * 1024));
                    var file = Path.Combine(work, $"big-{format}-{megabytes.ToString(CultureInfo.InvariantCulture)}" + Extension(format));
                    await File.WriteAllTextAsync(file, Contents(format, text, page)).ConfigureAwait(false);
                    var fileMb = new FileInfo(file).Length / (1024.0 * 1024);
                    for (var run = 0; run < runs; run++)
                    {
                        var data = Path.Combine(work, "data-" + Guid.NewGuid().ToString("N")[..8]);
                        var (exit, seconds, peakKb) = await ImportAsync(file, data).ConfigureAwait(false);
                        Directory.Delete(data, recursive: true);
                        var peakMb = peakKb / 1024.0;
                        var goal = 300 + 3 * fileMb;
                        var ok = exit == 0 && peakMb <= goal;
                        failed += ok ? 0 : 1;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{format,-10} {megabytes,8:F1} {fileMb,8:F1} {exit,5} {seconds,8:F1} {peakMb,8:F0} {goal,8:F0}  {(ok ? "ok" : "OVER")}"));
                    }
                    File.Delete(file);
                }
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
        return failed == 0 ? 0 : 1;
    }

    private static async Task<(int Exit, double Seconds, long PeakKb)> ImportAsync(string file, string data)
    {
        var dossier = Path.Combine(AppContext.BaseDirectory, "dossier.dll");
        var start = new ProcessStartInfo("/usr/bin/time", ["-f", "peak-kb %M", "dotnet", "exec", dossier, "import", file, "--data", data])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("/usr/bin/time did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        await output.ConfigureAwait(false);
        var line = error.Split('\n').LastOrDefault(l => l.StartsWith("peak-kb ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("no peak from /usr/bin/time: " + error);
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(error);
        }
        return (process.ExitCode, clock.Elapsed.TotalSeconds, long.Parse(line["peak-kb ".Length..].Trim(), CultureInfo.InvariantCulture));
    }

    private static string Contents(string format, string text, string page) => format switch
    {
        "csv" => "id,title,text,language\nbig1,A big one,\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\",en\n",
        "jsonl" => Jsonl(text),
        // The translation is the page's last block: the prose goes after it, as more paragraphs of the same layer.
        "wcda-page" => page.TrimEnd() + "\n\n" + text.Replace(". ", ".\n\n", StringComparison.Ordinal) + "\n",
        _ => throw new ArgumentException("unknown format " + format, nameof(format)),
    };

    private static string Jsonl(string text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("source");
            json.WriteString("archive", "Memory bench");
            json.WriteString("record_id", "big1");
            json.WriteEndObject();
            json.WriteString("title", "A big one");
            json.WriteStartArray("layers");
            json.WriteStartObject();
            json.WriteString("kind", "transcription");
            json.WriteString("lang", "en");
            json.WriteString("text", text);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Extension(string format) => format switch
    {
        "csv" => ".csv",
        "jsonl" => ".jsonl",
        _ => ".md",
    };

    /// <summary>The volume's words, tags dropped.</summary>
    private static string Prose(string volume)
    {
        var text = new StringBuilder();
        using var reader = XmlReader.Create(volume, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text)
            {
                text.Append(reader.Value.ReplaceLineEndings(" ").Trim()).Append(' ');
            }
        }
        return text.ToString();
    }

    private static string Text(string prose, int bytes)
    {
        var text = new StringBuilder(bytes + prose.Length);
        while (Encoding.UTF8.GetByteCount(text.ToString()) < bytes)
        {
            text.Append(prose);
        }
        var all = text.ToString();
        // Cut at a space near the wanted size (the prose is almost all ASCII, so characters ≈ bytes).
        var cut = all.LastIndexOf(' ', Math.Min(all.Length - 1, bytes));
        return all[..Math.Max(1, cut)];
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
