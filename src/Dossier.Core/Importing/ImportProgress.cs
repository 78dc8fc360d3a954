namespace Dossier.Core.Importing;

/// <summary>Where a running import is: the file, bytes of it read, and records read so far.</summary>
public sealed record ImportProgress(string File, long FileBytes, long BytesRead, int RecordsRead, int FileIndex, int FileCount)
{
    /// <summary>
    /// True once the file's records are committed to the store. Until then a file whose bytes are all read is still
    /// being parsed and stored, which a bar must not show as done.
    /// </summary>
    public bool Stored { get; init; }
}
