namespace Dossier.Web.Documents;

/// <summary>
/// One bead of an aligned reading: the paragraphs of the left layer (¶ <see cref="LeftLabel"/>) beside those of the
/// right layer that translate them; a side is null when its layer has nothing there.
/// </summary>
public sealed record AlignedRow(int Number, LayerView? Left, string LeftLabel, LayerView? Right, string RightLabel, double Score);
