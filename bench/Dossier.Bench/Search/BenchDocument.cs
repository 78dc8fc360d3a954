using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Bench.Search;

/// <summary>One record as the peers see it: the FRUS identifier (`volume/dNNN`), its volume, title and all its text.</summary>
internal sealed record BenchDocument(string Id, string Volume, string Title, string Text)
{
    /// <summary>
    /// The text the peers are given, what Dossier searches of a record (<see cref="SearchableText"/>) but its title, which
    /// the peers hold apart: every layer's text, then the rest of the description (summary, citation, place of writing, names of
    /// people, places and organisations, subjects), then the layers' footnotes.
    /// </summary>
    public static string PeerText(ArchiveRecord record) =>
        string.Join("\n\n", record.Layers.Select(SearchableText.Layer)
            .Concat(SearchableText.Describing(record))
            .Concat(record.Layers.Select(SearchableText.Notes))
            .Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The record as the peers see it.</summary>
    public static BenchDocument Of(ArchiveRecord record) =>
        new(record.Source.RecordId, record.Collections.FirstOrDefault()?.CollectionId ?? "", record.Title, PeerText(record));
}
