using Dossier.Core.Authorities;
using Dossier.Core.Importing;
using Dossier.Testing;
using Dossier.Web.Editing;
using Dossier.Web.Tests.Editing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Tests.Reading;

/// <summary>
/// An editor's upload is followed by what follows `dossier import`: the authorities tidied and the records imported
/// earlier linked to the names the upload brought (the app's own <see cref="UploadJobs"/>, real files, real store), and
/// its job tells those steps as it tells the files.
/// </summary>
public sealed class UploadAftercareTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_tidy_the_authorities_and_relink_the_model_record_after_an_editors_upload_of_the_edition()
    {
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var model = Assert.Single((await room.Archive.ImportAsync([Shared.ModelRecord], new ImportOptions(), cancellationToken: Cancel)).Ids);
        var folder = Shared.PathTo("corpora/frus/tei-mini");
        var streams = Directory.GetFiles(folder, "*.xml").Order(StringComparer.Ordinal).Select(File.OpenRead).ToList();
        try
        {
            var files = streams.Select(s => (IFormFile)new FormFile(s, 0, s.Length, "files", Path.GetFileName(s.Name))).ToList();
            var job = await room.Services.GetRequiredService<UploadJobs>().StartAsync(files, "auto", "editor", Cancel);
            for (var waited = 0; !job.IsDone && waited < 240; waited++)
            {
                await Task.Delay(500, Cancel);
            }

            Assert.Null(job.Error);
            Assert.Equal(2, job.Report!.Files);
            Assert.Contains(job.Report.Curation!.Merged, m => m.KeepName.StartsWith("Khrushchev", StringComparison.Ordinal));
            var khrushchev = (await room.Archive.Store.Authorities.SearchAsync(AuthorityKind.Person, "Khrushchev", 50, Cancel))
                .Where(a => a.PreferredName.StartsWith("Khrushchev,", StringComparison.Ordinal)).ToList();
            Assert.Single(khrushchev);
            Assert.Contains(model, await room.Archive.Store.Authorities.RecordIdsCitingAsync(khrushchev[0].Id, Cancel));
            Assert.Contains(model, job.Report.Relinked);
            // The job heard the steps after the files, in order, each to its end: the page shows them while they run.
            Assert.Equal([ImportStep.Tidying, ImportStep.Relinking, ImportStep.Merging, ImportStep.Indexing], job.Steps.Select(s => s.Name));
            Assert.All(job.Steps, s => Assert.Equal(s.Total, s.Done));
            Assert.True(job.Steps[1].Total > 1);
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }
}
