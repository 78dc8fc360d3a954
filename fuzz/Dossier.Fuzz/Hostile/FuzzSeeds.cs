using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Csv;
using Dossier.Interop.Importers.WcdaPage;

namespace Dossier.Fuzz.Hostile;

/// <summary>
/// Real files to start from, per format: the model record and the project's own page-export spec files, TEI cut
/// from the tei-mini volumes, the Wilson Center CSV sample, and JSON Lines made from what those files hold.
/// Read from ../shared and the checkout; nothing third-party is copied into the repository.
/// </summary>
public sealed class FuzzSeeds
{
    private static readonly XNamespace TeiNs = "http://www.tei-c.org/ns/1.0";

    private FuzzSeeds(Dictionary<FuzzFormat, IReadOnlyList<byte[]>> seeds) => Seeds = seeds;

    public IReadOnlyDictionary<FuzzFormat, IReadOnlyList<byte[]>> Seeds { get; }

    public IReadOnlyList<byte[]> For(FuzzFormat format) => Seeds[format];

    /// <param name="shared">the ../shared folder</param>
    /// <param name="root">the checkout (the folder holding Dossier.slnx)</param>
    /// <param name="cancellationToken">stops the loading</param>
    public static async Task<FuzzSeeds> LoadAsync(string shared, string root, CancellationToken cancellationToken = default)
    {
        var model = Path.Combine(shared, "fixtures", "wcda", "119698.md");
        var specs = Directory.GetFiles(Path.Combine(root, "tests", "Dossier.Interop.Tests", "Specs", "WcdaPage"), "*.md").Order(StringComparer.Ordinal);
        var pages = new List<byte[]> { await File.ReadAllBytesAsync(model, cancellationToken).ConfigureAwait(false) };
        foreach (var spec in specs)
        {
            pages.Add(await File.ReadAllBytesAsync(spec, cancellationToken).ConfigureAwait(false));
        }

        var tei = new List<byte[]>();
        foreach (var volume in Directory.GetFiles(Path.Combine(shared, "corpora", "frus", "tei-mini"), "*.xml").Order(StringComparer.Ordinal))
        {
            tei.Add(CutVolume(volume, 3));
        }

        var csvFile = Path.Combine(shared, "corpora", "wcda-samples", "wilson_archive_11docs.csv");
        var csvBytes = await File.ReadAllBytesAsync(csvFile, cancellationToken).ConfigureAwait(false);
        var csv = new List<byte[]> { csvBytes, FirstRows(csvBytes, 3) };

        var jsonl = new List<byte[]>
        {
            await ToJsonLinesAsync(new WcdaPageReader(), model, cancellationToken).ConfigureAwait(false),
            await ToJsonLinesAsync(new CsvReader(), csvFile, cancellationToken).ConfigureAwait(false),
        };
        return new FuzzSeeds(new Dictionary<FuzzFormat, IReadOnlyList<byte[]>>
        {
            [FuzzFormat.WcdaPage] = pages,
            [FuzzFormat.Tei] = tei,
            [FuzzFormat.Jsonl] = jsonl,
            [FuzzFormat.Csv] = csv,
        });
    }

    // A volume with its header, names list and first few documents: small enough to import many times a second.
    private static byte[] CutVolume(string path, int documents)
    {
        var document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        var divs = document.Descendants(TeiNs + "div").Where(d => (string?)d.Attribute("type") == "document").Skip(documents).ToList();
        divs.ForEach(d => d.Remove());
        document.Descendants(TeiNs + "div").Where(d => (string?)d.Attribute(XNamespace.Xml + "id") == "index").ToList().ForEach(d => d.Remove());
        using var output = new MemoryStream();
        document.Save(output, SaveOptions.DisableFormatting);
        return output.ToArray();
    }

    private static byte[] FirstRows(byte[] csv, int rows)
    {
        // The sample's cells hold line breaks; cut after whole records by reading it back with the same rules.
        var text = Encoding.UTF8.GetString(csv);
        var quoted = false;
        var seen = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == '\n' && !quoted && ++seen == rows)
            {
                return Encoding.UTF8.GetBytes(text[..(i + 1)]);
            }
        }
        return csv;
    }

    private static async Task<byte[]> ToJsonLinesAsync(IRecordReader reader, string file, CancellationToken cancellationToken)
    {
        var sink = new KeepingSink();
        await reader.ReadAsync(ImportSource.FromFile(file), sink, cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        foreach (var authority in sink.Authorities)
        {
            text.Append(JsonSerializer.Serialize(new { type = "authority", authority }, RecordJson.Options)).Append('\n');
        }
        foreach (var record in sink.Records)
        {
            text.Append(RecordJson.Serialize(record)).Append('\n');
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private sealed class KeepingSink : IImportSink
    {
        public List<ArchiveRecord> Records { get; } = [];

        public List<Core.Authorities.Authority> Authorities { get; } = [];

        public ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
        {
            Records.Add(record);
            return ValueTask.CompletedTask;
        }

        public ValueTask AddAuthorityAsync(Core.Authorities.Authority authority, CancellationToken cancellationToken = default)
        {
            Authorities.Add(authority);
            return ValueTask.CompletedTask;
        }

        public ValueTask AddCollectionAsync(Core.Collections.Collection collection, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }
}
