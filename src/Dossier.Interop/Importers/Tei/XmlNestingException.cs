namespace Dossier.Interop.Importers.Tei;

/// <summary>Elements nested deeper than <see cref="Dossier.Core.Importing.ImportLimits.MaxNestingDepth"/>, where the reader met them.</summary>
internal sealed class XmlNestingException(int maxDepth, int line, int column)
    : Exception($"nested too deeply (more than {maxDepth} levels of elements)")
{
    public int MaxDepth { get; } = maxDepth;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
