using Dossier.Core.Importing;
using Dossier.Hosting;
using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>
/// An import tells a reporter that also hears of steps where the work after the files stands, as `dossier import`'s
/// bars show it: after a large import that work takes longer than the files.
/// </summary>
public sealed class ImportStepsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_tell_the_steps_after_the_files_in_order_each_to_its_end()
    {
        using var folder = new TempFolder("dossier-steps");
        var files = Directory.GetFiles(Shared.PathTo("corpora/frus/tei-mini"), "*.xml");
        var heard = new Heard();
        ImportReport report;
        await using (var archive = await ArchiveFactory.OpenAsync(folder.Path, Cancel))
        {
            report = await archive.ImportAsync(files, new ImportOptions { Format = "tei" }, heard, Cancel);
        }

        Assert.Equal(files.Length, report.Files);
        var steps = heard.Told.OfType<ImportStep>().ToList();
        Assert.Equal([ImportStep.Tidying, ImportStep.Relinking, ImportStep.Merging, ImportStep.Indexing], steps.Select(s => s.Name).Distinct());
        Assert.All(steps.GroupBy(s => s.Name), step => Assert.Equal(step.Last().Total, step.Last().Done));
        // After every file is stored; the relinking counts its records up, and the index every change the import made.
        var lastStored = heard.Told.FindLastIndex(t => t is ImportProgress { Stored: true });
        Assert.True(heard.Told.FindIndex(t => t is ImportStep) > lastStored);
        var relinking = steps.Where(s => s.Name == ImportStep.Relinking).Select(s => s.Done).ToList();
        Assert.True(relinking.Count > 1 && relinking.SequenceEqual(relinking.Order()), string.Join(", ", relinking));
        Assert.True(steps.Last(s => s.Name == ImportStep.Indexing).Total >= report.Imported);
    }

    [Fact]
    public async Task Should_end_the_indexing_step_when_the_index_already_holds_the_imports_changes()
    {
        using var folder = new TempFolder("dossier-steps-followed");
        var file = Path.Combine(Shared.PathTo("corpora/frus/tei-mini"), "frus1955-57v24.xml");
        await using var archive = await ArchiveFactory.OpenAsync(folder.Path, Cancel);
        // A server's follower indexes the import's changes as soon as they are written, before the import's own catch-up.
        var heard = new Heard { OnIndexing = () => archive.SyncIndexAsync(Cancel).GetAwaiter().GetResult() };

        await archive.ImportAsync([file], new ImportOptions { Format = "tei" }, heard, Cancel);

        var indexing = heard.Told.OfType<ImportStep>().Where(s => s.Name == ImportStep.Indexing).ToList();
        Assert.Equal(ImportStep.Begun(ImportStep.Indexing), indexing[0]);
        Assert.Equal(ImportStep.Over(ImportStep.Indexing), indexing[^1]);
    }

    private sealed class Heard : IProgress<ImportProgress>, IProgress<ImportStep>
    {
        private readonly Lock _lock = new();

        /// <summary>Run when the indexing step begins, on the import's thread.</summary>
        public Action? OnIndexing { get; init; }

        public List<object> Told { get; } = [];

        public void Report(ImportProgress value) => Add(value);

        public void Report(ImportStep value)
        {
            Add(value);
            if (value == ImportStep.Begun(ImportStep.Indexing))
            {
                OnIndexing?.Invoke();
            }
        }

        private void Add(object value)
        {
            lock (_lock)
            {
                Told.Add(value);
            }
        }
    }
}
