using Dossier.Core.Importing;

namespace Dossier.Web.Editing;

/// <summary>One editor's upload being imported: where it is (for the progress page) and, once done, its report.</summary>
public sealed class UploadJob(string id, string owner, IReadOnlyList<string> fileNames)
{
    private ImportProgress? _progress;
    private readonly Lock _stepping = new();
    private ImportStep[] _steps = [];

    public string Id { get; } = id;

    /// <summary>The account that uploaded: only it sees the job.</summary>
    public string Owner { get; } = owner;

    public IReadOnlyList<string> FileNames { get; } = fileNames;

    public ImportProgress? Progress => Volatile.Read(ref _progress);

    /// <summary>
    /// The steps after the files (<see cref="ImportStep"/>: people tidied, names linked again, merges, indexing) in the
    /// order they began, each as last told; empty while files are read. After a large upload they take longer than the files.
    /// </summary>
    public IReadOnlyList<ImportStep> Steps => Volatile.Read(ref _steps);

    /// <summary>Null while the import runs.</summary>
    public ImportReport? Report { get; private set; }

    /// <summary>Failures as <c>file:line: field: problem</c>, named by the uploaded file names.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Error { get; private set; }

    public bool IsDone => Report is not null || Error is not null;

    internal void Advance(ImportProgress progress) => Volatile.Write(ref _progress, progress);

    /// <summary>A step's count replaces its last; a page reads the steps as a whole, never a list being changed.</summary>
    internal void Advance(ImportStep step)
    {
        lock (_stepping)
        {
            var steps = _steps;
            Volatile.Write(ref _steps, steps is [.., var last] && string.Equals(last.Name, step.Name, StringComparison.Ordinal) ? [.. steps[..^1], step] : [.. steps, step]);
        }
    }

    internal void Finish(ImportReport report, IReadOnlyList<string> problems)
    {
        Problems = problems;
        Report = report;
    }

    internal void Fail(string error) => Error = error;
}
