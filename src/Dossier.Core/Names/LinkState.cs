using Dossier.Core.Authorities;
using Dossier.Core.Records;

namespace Dossier.Core.Names;

/// <summary>
/// What linking may change in a record, to tell whether relinking changed it: its mentions, the people and places it
/// cites, and who set them. A mention's confidence may move by less than <see cref="ConfidenceDrift"/> and count as
/// the same: it moves in the third place whenever the gazetteer grows (importing the model record into the 100 FRUS
/// volumes moved it in 2,000 records whose links stayed the same), and rewriting and indexing those records again was
/// most of that import's time (issue 9). A move across the linking threshold changes the mention's status.
/// </summary>
internal sealed class LinkState
{
    public const double ConfidenceDrift = 0.01;

    private readonly string _cited;
    private readonly List<Mention>? _mentions;

    private LinkState(string cited, List<Mention>? mentions)
    {
        _cited = cited;
        _mentions = mentions;
    }

    public static LinkState Of(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var cited = System.Text.Json.JsonSerializer.Serialize(new { record.People, record.Places, record.NamesLinkedBy }, RecordJson.Options);
        return new LinkState(cited, record.Mentions?.Select(m => new Mention(m.Layer, m.Start, m.Length, m.Text, m.Kind, m.AuthorityId, m.Confidence, m.Status, m.Evidence)).ToList());
    }

    /// <summary>True when linking left <paramref name="other"/> as this: the same citations and mentions, confidences within the drift.</summary>
    public bool Same(LinkState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(_cited, other._cited, StringComparison.Ordinal))
        {
            return false;
        }
        if (_mentions is null || other._mentions is null)
        {
            return _mentions is null && other._mentions is null;
        }
        return _mentions.Count == other._mentions.Count && _mentions.Zip(other._mentions).All(p => p.First.Same(p.Second));
    }

    private sealed record Mention(int Layer, int Start, int Length, string Text, AuthorityKind Kind, string? AuthorityId, double Confidence, MentionStatus Status, string? Evidence)
    {
        public bool Same(Mention other) =>
            this with { Confidence = other.Confidence } == other && Math.Abs(Confidence - other.Confidence) < ConfidenceDrift;
    }
}
