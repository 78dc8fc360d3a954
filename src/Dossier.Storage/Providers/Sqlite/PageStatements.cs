using System.Text.Json;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage.Records;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Providers.Sqlite;

/// <summary>
/// The document page's reads in SQLite's SQL, for <see cref="PreparedReads"/>: the same rows as
/// <see cref="ArchiveStore"/>'s compiled queries (the public rule is <see cref="PublicRecords"/>'), read from the
/// columns as EF Core writes them (dates as ISO text, which the SQLite provider reads back, the precision by its name).
/// </summary>
internal static class PageStatements
{
    private static readonly PreparedStatement DocumentById = new("SELECT document FROM records WHERE id = $key;", "$key");

    private static readonly PreparedStatement DocumentBySourceId = new("SELECT document FROM records WHERE source_record_id = $key ORDER BY id LIMIT 1;", "$key");

    private static readonly PreparedStatement CollectionById = new("SELECT document FROM collections WHERE id = $id;", "$id");

    private static readonly PreparedStatement TitlesPublicAt = new(
        """
        SELECT id, title, date_value, date_precision, date_start, date_end FROM records
        WHERE public_from IS NOT NULL AND public_from <= $ticks AND id IN (SELECT value FROM json_each($ids));
        """,
        "$ticks",
        "$ids");

    public static byte[]? RecordDocument(PreparedReads reads, string key) =>
        reads.Read(DocumentById, [key], FirstBytes) ?? reads.Read(DocumentBySourceId, [key], FirstBytes);

    public static string? CollectionDocument(PreparedReads reads, string id) =>
        reads.Read(CollectionById, [id], r => r.Read() ? r.GetString(0) : null);

    public static List<CatalogueTitle> PublicTitles(PreparedReads reads, string[] ids, long ticks) =>
        reads.Read(TitlesPublicAt, [ticks, JsonSerializer.Serialize(ids)], r =>
        {
            var titles = new List<CatalogueTitle>(ids.Length);
            while (r.Read())
            {
                var date = RecordRows.DateOf(
                    Text(r, 2),
                    Text(r, 3) is { } precision ? Enum.Parse<DatePrecision>(precision) : null,
                    Day(r, 4),
                    Day(r, 5));
                titles.Add(new CatalogueTitle(r.GetString(0), r.GetString(1), date));
            }
            return titles;
        });

    // A document stored before documents were packed is text, which SQLite hands out as its UTF-8 bytes, as EF Core reads it.
    private static byte[]? FirstBytes(SqliteDataReader reader) => reader.Read() ? reader.GetFieldValue<byte[]>(0) : null;

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateOnly? Day(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);
}
