namespace Dossier.Bench.Integrity;

/// <summary>One run of <see cref="ConcurrentImportBench"/>: what the server, the import and the index did.</summary>
internal sealed record ConcurrentImportRun
{
    public bool ServerCrashed { get; init; }

    public int ServerExceptions { get; init; }

    public int ImportExitCode { get; init; }

    public bool ImportWroteStoreOnly { get; init; }

    public int Requests { get; init; }

    public int HttpErrors { get; init; }

    public int StoreRecords { get; init; }

    public int ImportedRecords { get; init; }

    /// <summary>Imported records the server's committed index does not hold at the end.</summary>
    public int ImportedNotIndexed { get; init; }

    /// <summary>From the import's end until the server's index reached the store's last change.</summary>
    public TimeSpan? IndexedAfter { get; init; }

    public TimeSpan ImportTime { get; init; }

    public bool LockFileKept { get; init; }

    public bool Passed => !ServerCrashed && ImportExitCode == 0 && ImportedNotIndexed == 0 && ImportedRecords > 0 && LockFileKept && IndexedAfter is not null;
}
