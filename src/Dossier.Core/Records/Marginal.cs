namespace Dossier.Core.Records;

/// <summary>Text on a page that is not running text: an archival stamp, a handwritten note, a printed folio number.</summary>
public sealed class Marginal
{
    public MarginalKind Kind { get; set; }

    public string Text { get; set; } = "";
}
