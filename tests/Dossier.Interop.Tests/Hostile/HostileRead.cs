using System.Text;
using Dossier.Core.Importing;
using Dossier.Interop.Importers.Csv;
using Dossier.Interop.Importers.Jsonl;
using Dossier.Interop.Importers.Tei;
using Dossier.Interop.Importers.WcdaPage;

namespace Dossier.Interop.Tests.Hostile;

/// <summary>Reads bytes with one format's reader, as a file of that name, for the regression cases.</summary>
internal static class HostileRead
{
    public const string TeiHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader><fileDesc><titleStmt><title>Invented</title></titleStmt></fileDesc></teiHeader>\n<text><body>\n";

    public const string TeiTail = "\n</body></text></TEI>\n";

    public static Task<CollectingSink> ReadAsync(IRecordReader reader, string name, string text) => ReadAsync(reader, name, Encoding.UTF8.GetBytes(text));

    public static async Task<CollectingSink> ReadAsync(IRecordReader reader, string name, byte[] bytes)
    {
        var sink = new CollectingSink();
        await reader.ReadAsync(new ImportSource(name, () => new MemoryStream(bytes, writable: false)), sink, TestContext.Current.CancellationToken);
        return sink;
    }

    public static Task<ImportException> FailsAsync(IRecordReader reader, string name, string text) => FailsAsync(reader, name, Encoding.UTF8.GetBytes(text));

    public static Task<ImportException> FailsAsync(IRecordReader reader, string name, byte[] bytes) =>
        Assert.ThrowsAsync<ImportException>(() => ReadAsync(reader, name, bytes));

    public static string TeiFile(string body) => TeiHead + body + TeiTail;

    public static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    public static TeiReader TeiReader => new();

    public static JsonlRecordReader JsonlReader => new();

    public static CsvReader CsvRows => new();

    public static WcdaPageReader PageReader => new();
}
