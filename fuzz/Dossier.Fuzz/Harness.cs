using Dossier.Core.Importing;
using Dossier.Fuzz.Hostile;
using Dossier.Interop.Importers.Csv;
using Dossier.Interop.Importers.Jsonl;
using Dossier.Interop.Importers.Tei;
using Dossier.Interop.Importers.WcdaPage;
using SharpFuzz;

namespace Dossier.Fuzz;

/// <summary>
/// SharpFuzz harnesses for afl++, one per reader: afl feeds bytes, the reader reads them, and anything but an
/// <see cref="ImportException"/> (a reported failure) escapes and counts as a crash. See README.md, "Fuzzing".
/// </summary>
public static class Harness
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case "seeds" when args.Length == 4:
                await WriteSeedsAsync(args[1], args[2], args[3]).ConfigureAwait(false);
                return 0;
            case "replay" when args.Length >= 3:
                return Replay(FuzzFormat.Named(args[1]), args[2..]);
            case { } format when FuzzFormat.All.Any(f => string.Equals(f.Name, format, StringComparison.Ordinal)):
                var chosen = FuzzFormat.Named(format);
                Fuzzer.OutOfProcess.Run(stream => ReadOnce(chosen, stream));
                return 0;
            default:
                await Console.Error.WriteLineAsync("usage: Dossier.Fuzz wcda-page|tei|jsonl|csv      (under afl-fuzz; input on stdin)").ConfigureAwait(false);
                await Console.Error.WriteLineAsync("       Dossier.Fuzz seeds SHARED ROOT OUT      (seed corpora per format, for afl-fuzz -i)").ConfigureAwait(false);
                await Console.Error.WriteLineAsync("       Dossier.Fuzz replay FORMAT FILE...      (runs findings once, prints what each gives)").ConfigureAwait(false);
                return 2;
        }
    }

    /// <summary>Reads one input with the format's reader; an <see cref="ImportException"/> is a correct answer to bad input.</summary>
    public static void ReadOnce(FuzzFormat format, Stream input)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        IRecordReader reader = format.Name switch
        {
            "wcda-page" => new WcdaPageReader(),
            "tei" => new TeiReader(),
            "jsonl" => new JsonlRecordReader(),
            _ => new CsvReader(),
        };
        var source = new ImportSource("input" + format.Extension, () => new MemoryStream(bytes, writable: false));
        try
        {
            reader.ReadAsync(source, new DiscardingSink()).GetAwaiter().GetResult();
        }
        catch (ImportException)
        {
            // A reported failure: what the reader must do with bad input.
        }
    }

    private static int Replay(FuzzFormat format, string[] files)
    {
        var crashes = 0;
        foreach (var file in files)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                using var stream = File.OpenRead(file);
                ReadOnce(format, stream);
                Console.WriteLine($"{file}: ok in {clock.Elapsed.TotalSeconds:F2} s");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                crashes++;
                Console.WriteLine($"{file}: CRASH {e}");
            }
        }
        return crashes == 0 ? 0 : 1;
    }

    private static async Task WriteSeedsAsync(string shared, string root, string output)
    {
        var seeds = await FuzzSeeds.LoadAsync(shared, root).ConfigureAwait(false);
        foreach (var (format, files) in seeds.Seeds)
        {
            var folder = Directory.CreateDirectory(Path.Combine(output, format.Name)).FullName;
            for (var i = 0; i < files.Count; i++)
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, $"seed{i}{format.Extension}"), files[i]).ConfigureAwait(false);
            }
        }
    }
}
