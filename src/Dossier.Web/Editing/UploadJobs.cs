using System.Collections.Concurrent;
using Dossier.Core.Editing;
using Dossier.Core.Importing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Dossier.Web.Editing;

/// <summary>
/// Imports editors' uploads in the background through the CLI's importers (each file in its own transaction, nothing
/// written from a file that fails), new records as drafts (<see cref="DraftingStore"/>), and keeps each job's progress
/// and report for its page. Files are saved to a private folder first and deleted when the import ends.
/// </summary>
public sealed class UploadJobs(EditorialWorkspace workspace, EditorialDesk desk, ArchiveCache cache, IHostApplicationLifetime lifetime)
{
    private readonly ConcurrentDictionary<string, UploadJob> _jobs = new(StringComparer.Ordinal);

    public UploadJob? Find(string id, string owner) =>
        _jobs.TryGetValue(id, out var job) && string.Equals(job.Owner, owner, StringComparison.Ordinal) ? job : null;

    /// <summary>Saves <paramref name="files"/> and starts importing them; returns the job to follow.</summary>
    public async Task<UploadJob> StartAsync(IReadOnlyList<IFormFile> files, string format, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var folder = Path.Combine(Path.GetTempPath(), "dossier-upload-" + Guid.NewGuid().ToString("N"));
        var paths = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            // The uploaded name is only shown, never used as a path: each file gets a folder of its own and a safe name.
            var shown = Path.GetFileName(files[i].FileName.Replace('\\', '/'));
            var safe = string.Concat(shown.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_'));
            var path = Path.Combine(folder, i.ToString(System.Globalization.CultureInfo.InvariantCulture), safe.Length == 0 ? "upload" : safe);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var stream = File.Create(path);
            await using (stream.ConfigureAwait(false))
            {
                await files[i].CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            paths.Add(path);
            names[path] = shown;
        }
        var job = new UploadJob(Guid.NewGuid().ToString("N"), owner, names.Values.ToList());
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, folder, paths, names, format), CancellationToken.None);
        return job;
    }

    private async Task RunAsync(UploadJob job, string folder, List<string> paths, Dictionary<string, string> names, string format)
    {
        try
        {
            var archive = workspace.Archive;
            var import = new ImportService(new DraftingStore(archive.Store), archive.Readers);
            var progress = new JobProgress(job, names);
            // The archive's import: the authorities are tidied and earlier records relinked after it, as after `dossier import`;
            // the job hears of those steps as well as of the files.
            var report = await archive.ImportAsync(import, paths, new ImportOptions { Format = format }, progress, lifetime.ApplicationStopping).ConfigureAwait(false);
            var problems = report.Failed
                .Select(f => ImportException.Format(names.GetValueOrDefault(f.File, Path.GetFileName(f.File)), f.Line, f.Column, f.Field, f.Error))
                .ToList();
            await cache.EvictAsync(CancellationToken.None).ConfigureAwait(false);
            await desk.AuditImportAsync(job.Owner, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{report.Files} of {paths.Count} files, {report.Imported} new drafts, {report.Updated} updated, {report.Failed.Count} refused"), CancellationToken.None).ConfigureAwait(false);
            job.Finish(report, problems);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            job.Fail(e.Message);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless; the import's result stands.
            }
        }
    }

    /// <summary>What the import tells, kept on the job: the files by their uploaded names, then the steps after them.</summary>
    private sealed class JobProgress(UploadJob job, Dictionary<string, string> names) : IProgress<ImportProgress>, IProgress<ImportStep>
    {
        public void Report(ImportProgress value) => job.Advance(value with { File = names.GetValueOrDefault(value.File, "") });

        public void Report(ImportStep value) => job.Advance(value);
    }
}
