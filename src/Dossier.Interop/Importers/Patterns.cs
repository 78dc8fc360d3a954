namespace Dossier.Interop.Importers;

/// <summary>
/// The rule for regular expressions that see imported text: linear (<c>RegexOptions.NonBacktracking</c>), or, where
/// a pattern needs a lookaround the linear engine lacks, anchored or bounded so it stays linear, with this timeout
/// as a backstop. A timeout fails the file with its name (the import service reports it); it never stalls an import.
/// </summary>
internal static class Patterns
{
    public const int TimeoutMilliseconds = 2_000;
}
