namespace Dossier.Core.Search;

/// <summary>
/// A passage of one layer around the matches, from its running text or, when only they hold a match, its footnotes
/// (<see cref="InNotes"/>). <see cref="Text"/> is plain text; <see cref="Highlights"/> mark the matches in it.
/// </summary>
public sealed class Snippet
{
    /// <summary>The layer's kind ("transcription", "original", "translation").</summary>
    public string Layer { get; init; } = "";

    /// <summary>The layer's BCP-47 tag.</summary>
    public string Lang { get; init; } = "";

    /// <summary>Index of the layer within the record.</summary>
    public int LayerIndex { get; init; }

    /// <summary>True when the passage is from the layer's footnotes, not its running text.</summary>
    public bool InNotes { get; init; }

    public string Text { get; init; } = "";

    public IReadOnlyList<Highlight> Highlights { get; init; } = [];
}
