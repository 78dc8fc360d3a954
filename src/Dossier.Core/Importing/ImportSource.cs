namespace Dossier.Core.Importing;

/// <summary>A file to import. <see cref="Open"/> gives a fresh stream each call; readers report bytes read through <see cref="Progress"/>.</summary>
public sealed class ImportSource(string path, Func<Stream> open)
{
    public string Path { get; } = path;

    public Func<Stream> Open { get; } = open;

    /// <summary>Receives the number of bytes read so far, for progress bars and MB/s.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>Options of the format (e.g. a CSV column mapping file).</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    public static ImportSource FromFile(string path) => new(path, () => File.OpenRead(path));
}
