using Dossier.Core.Importing;

namespace Dossier.Web.Editing;

/// <summary>One editor's upload being imported: where it is (for the progress page) and, once done, its report.</summary>
public sealed class UploadJob(string id, string owner, IReadOnlyList<string> fileNames)
{
    private ImportProgress? _progress;

    public string Id { get; } = id;

    /// <summary>The account that uploaded: only it sees the job.</summary>
    public string Owner { get; } = owner;

    public IReadOnlyList<string> FileNames { get; } = fileNames;

    public ImportProgress? Progress => Volatile.Read(ref _progress);

    /// <summary>Null while the import runs.</summary>
    public ImportReport? Report { get; private set; }

    /// <summary>Failures as <c>file:line: field: problem</c>, named by the uploaded file names.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? Error { get; private set; }

    public bool IsDone => Report is not null || Error is not null;

    internal void Advance(ImportProgress progress) => Volatile.Write(ref _progress, progress);

    internal void Finish(ImportReport report, IReadOnlyList<string> problems)
    {
        Problems = problems;
        Report = report;
    }

    internal void Fail(string error) => Error = error;
}
