namespace Dossier.Core.Records;

/// <summary>A page of a text layer: where it starts in the running text, its printed number, and what stands beside the text on it.</summary>
public sealed class LayerPage
{
    /// <summary>Offset (UTF-16 code units) in <see cref="TextLayer.Text"/> where the page begins.</summary>
    public int Start { get; set; }

    /// <summary>The printed page or sheet number ("120", "4", "2"), when there is one.</summary>
    public string? Number { get; set; }

    public List<Marginal> Marginalia { get; set; } = [];
}
