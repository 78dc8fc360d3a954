namespace Dossier.Interop.Importers.Csv;

/// <summary>One CSV record: the cells and the line it starts on.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Cells);
