namespace Dossier.Core.Importing;

/// <summary>
/// The archive's limits on what one file or one record may hold, in one place. Importers refuse what exceeds them
/// with <c>file:line: field: problem</c>; the store's write path refuses a record that breaks them, so no stored
/// record can stop the search index (Lucene refuses a term over 32,766 UTF-8 bytes and a sorted doc value over 32,766 bytes).
/// </summary>
public sealed record ImportLimits
{
    /// <summary>Lucene's hard limit on one term or one sorted doc value, in UTF-8 bytes.</summary>
    public const int IndexTermBytes = 32_766;

    /// <summary>
    /// How much of one layer's text the search index holds, in characters (about 150,000 words): a longer layer is
    /// stored, shown and exported whole, but only its first million characters are searchable. Indexing costs tens of
    /// bytes of memory per character at once, so without this cap one 20 MB layer needs gigabytes (issue 15).
    /// </summary>
    public const int IndexedLayerLength = 1_000_000;

    /// <summary>
    /// How many characters of a layer's text are searchable: the search index and the name recogniser both read this
    /// much (all of a text up to <see cref="IndexedLayerLength"/>, else that many cut after a word), so a name is
    /// linked where it can be found and neither needs memory in proportion to a huge layer.
    /// </summary>
    public static int SearchableLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= IndexedLayerLength)
        {
            return text.Length;
        }
        var end = IndexedLayerLength;
        var space = text.AsSpan(0, end).LastIndexOfAny(' ', '\n', '\t');
        if (space > end / 2)
        {
            return space;
        }
        return char.IsHighSurrogate(text[end - 1]) ? end - 1 : end;
    }

    /// <summary>The defaults: generous for real archives, far below what breaks the index or the machine.</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>Largest file an import reads (any format).</summary>
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Largest archive page export (one document page).</summary>
    public long MaxPageExportBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>
    /// Identifiers: record ids, source ids, authority and collection ids, language tags. 200 is what both
    /// providers store: the id, source-archive, authority-id and collection-id columns are 200 characters
    /// (PostgreSQL refuses a longer value, SQLite would keep it), so nothing longer may reach the store.
    /// </summary>
    public int MaxIdentifierLength { get; init; } = 200;

    /// <summary>Names and short labels: titles, people, places, organisations, subjects, repositories, collection titles, reference levels.</summary>
    public int MaxNameLength { get; init; } = 2_000;

    /// <summary>Paragraph-sized metadata: summaries, citations, printed references, notes, rights.</summary>
    public int MaxDescriptionLength { get; init; } = 100_000;

    /// <summary>One text layer's text, in characters.</summary>
    public int MaxLayerLength { get; init; } = 20 * 1024 * 1024;

    /// <summary>Text layers in one record.</summary>
    public int MaxLayers { get; init; } = 64;

    /// <summary>Pages, notes or marginalia in one layer.</summary>
    public int MaxPagesPerLayer { get; init; } = 100_000;

    /// <summary>Linked people, places, organisations, subjects and collection memberships of one record, each.</summary>
    public int MaxLinks { get; init; } = 10_000;

    /// <summary>Deepest element nesting an XML reader follows.</summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>A record's whole JSON form, in UTF-8 bytes.</summary>
    public long MaxRecordBytes { get; init; } = 64L * 1024 * 1024;
}
