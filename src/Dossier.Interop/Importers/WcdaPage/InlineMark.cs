namespace Dossier.Interop.Importers.WcdaPage;

internal enum InlineMarkKind
{
    SheetNumber,
    Correction,
    Deletion,
}

/// <summary>Something inline markup said about a line that is not running text.</summary>
internal readonly record struct InlineMark(InlineMarkKind Kind, string Text);
