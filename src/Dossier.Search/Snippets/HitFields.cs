using Dossier.Search.Indexing;
using Lucene.Net.Index;

namespace Dossier.Search.Snippets;

/// <summary>
/// A hit's stored fields as a page shows them: identity, title, date and shelf, and the text of only the layers and
/// footnotes asked for (those holding a match); the others are skipped undecoded, and reading stops after the last
/// one asked for. The record's stored fields are in <see cref="RecordDocumentBuilder.Build"/>'s order: identity, title,
/// date and shelf first, then the layers, then the footnotes; a long record's later parts are then never decompressed.
/// </summary>
/// <param name="layers">The layers whose text is read, by index.</param>
/// <param name="notes">The footnotes read, by their order among the record's stored footnotes (one value per layer that has some).</param>
internal sealed class HitFields(IReadOnlySet<int> layers, IReadOnlySet<int> notes) : StoredFieldVisitor
{
    private int _nextLayer;
    private int _reading = -1;
    private int _nextNotes;
    private readonly int _lastLayer = layers.Count == 0 ? -1 : layers.Max();
    private readonly int _lastNotes = notes.Count == 0 ? -1 : notes.Max();

    public string Id { get; private set; } = "";

    public string SourceId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Date { get; private set; }

    public string? DateBounds { get; private set; }

    public string? Shelf { get; private set; }

    /// <summary>Layer index to its text, for the layers asked for.</summary>
    public Dictionary<int, string> Texts { get; } = [];

    /// <summary>A stored footnotes value's order to its text, for those asked for.</summary>
    public Dictionary<int, string> Notes { get; } = [];

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        switch (fieldInfo.Name)
        {
            case IndexFields.LayerText:
                var layer = _nextLayer++;
                _reading = layer;
                return layers.Contains(layer) ? Status.YES : layer > _lastLayer && _lastNotes < 0 ? Status.STOP : Status.NO;
            case IndexFields.NoteText:
                var order = _nextNotes++;
                _reading = order;
                return notes.Contains(order) ? Status.YES : order > _lastNotes ? Status.STOP : Status.NO;
            case IndexFields.Id or IndexFields.SourceId or IndexFields.StoredTitle or IndexFields.StoredDate or IndexFields.StoredDateBounds or IndexFields.StoredShelf:
                return Status.YES;
            default:
                return Status.NO;
        }
    }

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case IndexFields.LayerText:
                Texts[_reading] = value;
                break;
            case IndexFields.NoteText:
                Notes[_reading] = value;
                break;
            case IndexFields.Id:
                Id = value;
                break;
            case IndexFields.SourceId:
                SourceId = value;
                break;
            case IndexFields.StoredTitle:
                Title = value;
                break;
            case IndexFields.StoredDate:
                Date = value;
                break;
            case IndexFields.StoredDateBounds:
                DateBounds = value;
                break;
            case IndexFields.StoredShelf:
                Shelf = value;
                break;
        }
    }
}
