using Dossier.Search.Indexing;
using Lucene.Net.Index;

namespace Dossier.Search.Snippets;

/// <summary>
/// A hit's stored fields as a page shows them: identity, title, date and shelf, and the text of only the layers and
/// footnotes asked for (those holding a match); the others are skipped undecoded, and reading stops after the last
/// one asked for. Of a long layer stored in slices (<see cref="LayerSlices"/>) only the slices meeting its window are
/// decoded: the stretch around its matches. The record's stored fields are in <see cref="RecordDocumentBuilder.Build"/>'s
/// order: identity, title, date and shelf first, then the layers, then the footnotes; a long record's later parts are
/// then never decompressed.
/// </summary>
/// <param name="layers">The layers whose text is read, by index, each with the stretch of it to read (from, to: the layer's offsets).</param>
/// <param name="notes">The footnotes read, by their order among the record's stored footnotes (one value per layer that has some).</param>
internal sealed class HitFields(IReadOnlyDictionary<int, (int From, int To)> layers, IReadOnlySet<int> notes) : StoredFieldVisitor
{
    private int _nextLayer;
    private int _reading = -1;
    private int _nextNotes;
    private readonly int _lastLayer = layers.Count == 0 ? -1 : layers.Keys.Max();
    private readonly int _lastNotes = notes.Count == 0 ? -1 : notes.Max();

    /// <summary>The place of the slice that comes next, read from its <see cref="IndexFields.LayerSliceAt"/>; null for a layer stored whole.</summary>
    private (int Start, int Length)? _place;

    /// <summary>Where the slice being read starts in its layer.</summary>
    private int _sliceStart;

    /// <summary>True once a slice of the last layer read has reached the end of its window.</summary>
    private bool _pastLast;

    /// <summary>Layer index to the slices read of it, in order (one for a text stored whole): those meeting one window follow each other.</summary>
    private readonly Dictionary<int, List<string>> _slices = [];

    public string Id { get; private set; } = "";

    public string SourceId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Date { get; private set; }

    public string? DateBounds { get; private set; }

    public string? Shelf { get; private set; }

    /// <summary>Layer index to where its text read starts in the layer (0 for a text read whole), for the layers asked for.</summary>
    public Dictionary<int, int> Offsets { get; } = [];

    /// <summary>A stored footnotes value's order to its text, for those asked for.</summary>
    public Dictionary<int, string> Notes { get; } = [];

    /// <summary>The slices read of a layer asked for, one after the other from its <see cref="Offsets"/>; none for another.</summary>
    public IReadOnlyList<string> Slices(int layer) => _slices.TryGetValue(layer, out var read) ? read : [];

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        switch (fieldInfo.Name)
        {
            case IndexFields.LayerSliceAt:
                return _pastLast && _lastNotes < 0 ? Status.STOP : Status.YES;
            case IndexFields.LayerText:
                var layer = _nextLayer++;
                _reading = layer;
                return layers.ContainsKey(layer) ? Slice() : Skip(layer > _lastLayer && _lastNotes < 0 ? Status.STOP : Status.NO);
            case IndexFields.LayerSlice:
                return layers.ContainsKey(_reading) ? Slice() : Skip(Status.NO);
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

    /// <summary>Whether the slice or whole text of the layer being read, placed by <see cref="_place"/>, meets the layer's window.</summary>
    private Status Slice()
    {
        var (start, length) = _place ?? (0, int.MaxValue);
        _place = null;
        _sliceStart = start;
        var window = layers[_reading];
        var end = (long)start + length;
        if (_reading == _lastLayer && end >= window.To)
        {
            _pastLast = true;
        }
        return start < window.To && end > window.From ? Status.YES : Status.NO;
    }

    /// <summary>A slice or text of a layer not asked for: its place is spent with it.</summary>
    private Status Skip(Status status)
    {
        _place = null;
        return status;
    }

    public override void Int64Field(FieldInfo fieldInfo, long value)
    {
        if (string.Equals(fieldInfo.Name, IndexFields.LayerSliceAt, StringComparison.Ordinal))
        {
            _place = LayerSlices.Unplace(value);
        }
    }

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case IndexFields.LayerText or IndexFields.LayerSlice:
                if (!_slices.TryGetValue(_reading, out var read))
                {
                    _slices[_reading] = read = [];
                    Offsets[_reading] = _sliceStart;
                }
                read.Add(value);
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
