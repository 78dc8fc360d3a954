namespace Dossier.Interop.Importers.WcdaPage;

internal enum BodyBlockKind
{
    Text,
    PageNumber,
    Stamp,
    Debris,
}

/// <summary>A paragraph of the body (lines between blank lines) and what it is on the page.</summary>
internal sealed class BodyBlock(BodyBlockKind kind, IReadOnlyList<string> lines, int line)
{
    public BodyBlockKind Kind { get; } = kind;

    public IReadOnlyList<string> Lines { get; } = lines;

    /// <summary>1-based line in the file where the block begins.</summary>
    public int Line { get; } = line;

    /// <summary>The language tag decided for a text block, when it is long enough to say.</summary>
    public string? Lang { get; set; }

    public int Letters => Lines.Sum(l => l.Count(char.IsLetter));

    /// <summary>True when OCR kept the scan's lines: hard breaks at most line ends of a long paragraph.</summary>
    public bool KeepsScanLines => Lines.Count >= 3 && Lines.Count(l => l.EndsWith("  ", StringComparison.Ordinal)) >= (Lines.Count - 1) * 0.8;
}
