namespace Dossier.Core.Importing;

/// <summary>Where a running import is: the file, bytes of it read, and records read so far.</summary>
public sealed record ImportProgress(string File, long FileBytes, long BytesRead, int RecordsRead, int FileIndex, int FileCount);
