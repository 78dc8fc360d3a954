namespace Dossier.Core.Importing;

/// <summary>A file that was not imported (nothing of it was written), and why.</summary>
public sealed record ImportFailure(string File, int? Line, int? Column, string? Field, string Error)
{
    public override string ToString() => ImportException.Format(File, Line, Column, Field, Error);
}
