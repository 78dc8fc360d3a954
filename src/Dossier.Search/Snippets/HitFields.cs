using Dossier.Search.Indexing;
using Lucene.Net.Index;

namespace Dossier.Search.Snippets;

/// <summary>
/// A hit's stored fields as a page shows them: identity, title, date and shelf. Layer texts are not among them (the
/// store holds each text once; see <see cref="HitReader"/>): an index written before that stored them skips them undecoded.
/// </summary>
internal sealed class HitFields : StoredFieldVisitor
{
    public string Id { get; private set; } = "";

    public string SourceId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Date { get; private set; }

    public string? DateBounds { get; private set; }

    public string? Shelf { get; private set; }

    public override Status NeedsField(FieldInfo fieldInfo)
    {
        switch (fieldInfo.Name)
        {
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
