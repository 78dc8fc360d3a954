namespace Dossier.Core.Importing;

public sealed class ImportOptions
{
    /// <summary>A reader's <see cref="IRecordReader.Format"/>, or "auto" to recognise each file.</summary>
    public string Format { get; init; } = "auto";

    /// <summary>Passed to the readers (e.g. "mapping" for a CSV column mapping file).</summary>
    public IReadOnlyDictionary<string, string> ReaderOptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Records written to the store per batch inside a file's transaction.</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Recognise and link the people and places named in the texts (Names.NameLinker); on unless turned off.</summary>
    public bool RecognizeNames { get; init; } = true;
}
