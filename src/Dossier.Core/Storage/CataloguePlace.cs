namespace Dossier.Core.Storage;

/// <summary>
/// Where one public record stands in a catalogue listing, read without its summary: what ordering and choosing need
/// (the reading room then describes only the records it shows). <see cref="Number"/> is the record's number in the
/// filter's collection, when the filter names one.
/// </summary>
public sealed record CataloguePlace(string Id, string Title, DateOnly? Start, string? Number);
