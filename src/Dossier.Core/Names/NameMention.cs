using Dossier.Core.Authorities;

namespace Dossier.Core.Names;

/// <summary>
/// A person or place recognised in one text layer: where it stands, how sure the recogniser is, and the
/// authority it names. A mention under the linking threshold is <see cref="MentionStatus.Proposed"/> and waits
/// for an editor; it links nothing until then.
/// </summary>
public sealed class NameMention
{
    /// <summary>Index of the layer in <see cref="Records.ArchiveRecord.Layers"/>.</summary>
    public int Layer { get; set; }

    /// <summary>Character offset of the name in the layer's text.</summary>
    public int Start { get; set; }

    public int Length { get; set; }

    /// <summary>The name as the text writes it ("Хрущеву", "Pischevari's" without the "'s").</summary>
    public string Text { get; set; } = "";

    public AuthorityKind Kind { get; set; }

    /// <summary>The authority named, when known (a linked mention always has one).</summary>
    public string? AuthorityId { get; set; }

    /// <summary>0–1: how sure the recogniser is that this is that person or place.</summary>
    public double Confidence { get; set; }

    public MentionStatus Status { get; set; }

    /// <summary>Why, for an editor deciding a proposal ("after a title"); null on linked mentions.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Evidence { get; set; }
}
