using Dossier.Core.Records;

namespace Dossier.Web.Editing;

/// <summary>One text layer in the edit form: its kind, language, translator and the text with page markers (<see cref="PagedText"/>).</summary>
public sealed class LayerForm
{
    public LayerKind Kind { get; set; }

    public string Lang { get; set; } = "und";

    public string? Translator { get; set; }

    public string Text { get; set; } = "";

    /// <summary>Ticked to drop the layer on save.</summary>
    public bool Remove { get; set; }

    public static LayerForm From(TextLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        return new() { Kind = layer.Kind, Lang = layer.Lang, Translator = layer.Provenance.Translator, Text = PagedText.Format(layer) };
    }
}
