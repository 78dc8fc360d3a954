namespace Dossier.Core.Importing;

/// <summary>Reads one import format. Implementations live in Dossier.Interop, one per format.</summary>
public interface IRecordReader
{
    /// <summary>The format's name on the command line ("wcda-page", "jsonl", "tei", "csv").</summary>
    string Format { get; }

    /// <summary>True when the file looks like this format, judged by its name and first bytes.</summary>
    bool CanRead(string path, ReadOnlySpan<byte> head);

    /// <summary>
    /// Reads the file and hands every record, authority and collection to <paramref name="sink"/> as it goes.
    /// Bad input throws <see cref="ImportException"/> naming the line and field.
    /// </summary>
    Task ReadAsync(ImportSource source, IImportSink sink, CancellationToken cancellationToken = default);
}
