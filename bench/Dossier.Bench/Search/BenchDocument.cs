using Dossier.Core.Records;

namespace Dossier.Bench.Search;

/// <summary>One record as the peers see it: the FRUS identifier (`volume/dNNN`), its volume, title and all its text.</summary>
internal sealed record BenchDocument(string Id, string Volume, string Title, string Text)
{
    /// <summary>
    /// The text the peers are given, what Dossier indexes of a record: every layer's text, then the descriptive metadata
    /// (summary, place of writing, names of people and places, subjects) and the layers' footnotes.
    /// </summary>
    public static string PeerText(ArchiveRecord record) =>
        string.Join("\n\n", record.Layers.Select(l => l.Text)
            .Concat(new[] { record.Summary, record.PlaceOfWriting }.OfType<string>())
            .Concat(record.People.Select(p => p.Name)).Concat(record.Places.Select(p => p.Name)).Concat(record.Subjects)
            .Concat(record.Layers.SelectMany(l => l.Notes).Select(n => n.Text))
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The record as the peers see it.</summary>
    public static BenchDocument Of(ArchiveRecord record) =>
        new(record.Source.RecordId, record.Collections.FirstOrDefault()?.CollectionId ?? "", record.Title, PeerText(record));
}
