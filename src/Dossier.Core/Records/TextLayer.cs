namespace Dossier.Core.Records;

/// <summary>
/// One text of a document: a transcription, the original (often OCR), or a translation.
/// <see cref="Text"/> is the running text only; page breaks, stamps, marginalia and notes
/// are kept apart in <see cref="Pages"/> and <see cref="Notes"/>, anchored by character offset.
/// </summary>
public sealed class TextLayer
{
    public LayerKind Kind { get; set; }

    /// <summary>BCP-47 tag with script where it matters: "ru", "az-Cyrl", "en".</summary>
    public string Lang { get; set; } = "und";

    public LayerProvenance Provenance { get; set; } = new();

    [System.Text.Json.Serialization.JsonConverter(typeof(LayerTextJsonConverter))]
    public string Text { get; set; } = "";

    /// <summary>Pages in reading order; <see cref="LayerPage.Start"/> is the offset in <see cref="Text"/> where each begins.</summary>
    public List<LayerPage> Pages { get; set; } = [];

    public List<LayerNote> Notes { get; set; } = [];
}
