using System.Text;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.WcdaPage;
using Dossier.Interop.Tests.Hostile;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Memory;

/// <summary>Alone in the process: the test measures what is reachable on the whole heap.</summary>
[CollectionDefinition(nameof(WholeHeap), DisableParallelization = true)]
public sealed class WholeHeap;

/// <summary>
/// Issue 15: a big page export's bytes, decoded text and lines are dead by the time its record is handed on to be
/// stored. When the file's read finished asynchronously, everything after it ran inside the finished read's stack
/// frames, which kept the bytes and text reachable to the end of the import (a 9.5 MB page peaked at 466 MB).
/// </summary>
[Collection(nameof(WholeHeap))]
public sealed class PageReaderMemoryTests
{
    [Fact]
    public async Task Should_hand_on_a_big_page_with_only_its_record_still_reachable()
    {
        var page = await File.ReadAllTextAsync(Shared.ModelRecord, TestContext.Current.CancellationToken);
        var bytes = Encoding.UTF8.GetBytes(page.TrimEnd() + "\n\n" + Prose(4 * 1024 * 1024));
        // The language models load on the first read: once before the baseline, so only the page's own memory counts.
        await HostileRead.ReadAsync(HostileRead.PageReader, "model.md", page);
        var sink = new MeasuringSink();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        await new WcdaPageReader().ReadAsync(new ImportSource("big.md", () => new AsynchronousStream(bytes)), sink, TestContext.Current.CancellationToken);

        var record = Assert.Single(sink.Records);
        long text = record.Layers.Sum(l => 2L * l.Text.Length);
        Assert.True(text > 8_000_000, $"the page's prose is one layer of {text:N0} bytes");
        // The record is reachable (its texts, pages and the rest: 9.6 MB here); the file's bytes and its decoded text
        // must not be (before the fix they were, 15.7 MB in all).
        var held = sink.Reachable - baseline;
        Assert.True(held < text + (4 * 1024 * 1024), $"{held:N0} bytes reachable when the record with {text:N0} bytes of text was handed on");
    }

    // Sentences of the test's own words, about that many bytes, a paragraph each.
    private static string Prose(int bytes)
    {
        string[] subjects = ["The minister", "The delegation", "Our embassy", "The committee", "The ambassador"];
        string[] verbs = ["reported that", "asked whether", "doubted that", "confirmed that"];
        string[] clauses = ["the talks in Baku would resume in the spring", "the treaty draft reached Tehran on time", "the émigrés wrote again to Moscow"];
        var text = new StringBuilder(bytes + 200);
        for (var i = 0; text.Length < bytes; i++)
        {
            text.Append(subjects[i % subjects.Length]).Append(' ').Append(verbs[i / 5 % verbs.Length]).Append(' ')
                .Append(clauses[i / 20 % clauses.Length]).Append(" (").Append(i).Append(").\n\n");
        }
        return text.ToString();
    }

    /// <summary>Notes what is reachable on the heap at the moment the record is handed on.</summary>
    private sealed class MeasuringSink : CollectingSink
    {
        public long Reachable { get; private set; }

        public override ValueTask AddRecordAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
        {
            Reachable = GC.GetTotalMemory(forceFullCollection: true);
            return base.AddRecordAsync(record, cancellationToken);
        }
    }

    /// <summary>A file whose reads finish asynchronously, as a disk or upload read does.</summary>
    private sealed class AsynchronousStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return await base.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
