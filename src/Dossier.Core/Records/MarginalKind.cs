namespace Dossier.Core.Records;

public enum MarginalKind
{
    /// <summary>An archive's stamp or shelf mark ("КИБ КПСС ЛИБ 5754 …").</summary>
    Stamp,

    /// <summary>A folio or sheet number written on the page, beside the printed one.</summary>
    Folio,

    /// <summary>A handwritten or typed note in the margin.</summary>
    Note,
}
