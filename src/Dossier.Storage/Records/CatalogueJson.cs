using System.Text.Json;
using Dossier.Core.Records;

namespace Dossier.Storage.Records;

/// <summary>The stored record JSON read for a catalogue: everything but the layers' text, pages and notes.</summary>
internal static class CatalogueJson
{
    private static readonly JsonSerializerOptions Options = Create();

    public static ArchiveRecord ToRecord(string document) =>
        JsonSerializer.Deserialize<ArchiveRecord>(document, Options) ?? throw new InvalidDataException("a stored record document is null");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(RecordJson.Options);
        options.Converters.Add(new LayerLanguageConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
