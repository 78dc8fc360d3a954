namespace Dossier.Interop.Importers.Csv;

/// <summary>A mapping bound to one header: the cell of a field in a row, or its constant.</summary>
public sealed class CsvColumns(IReadOnlyDictionary<string, int> columns, IReadOnlyDictionary<string, string> constants)
{
    public bool Has(string field) => columns.ContainsKey(field) || constants.ContainsKey(field);

    public string? Get(IReadOnlyList<string> cells, string field)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (constants.TryGetValue(field, out var constant))
        {
            return constant;
        }
        if (!columns.TryGetValue(field, out var at) || at >= cells.Count)
        {
            return null;
        }
        var value = cells[at].Trim();
        return value.Length == 0 ? null : value;
    }
}
