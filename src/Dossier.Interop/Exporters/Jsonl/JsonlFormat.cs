namespace Dossier.Interop.Exporters.Jsonl;

/// <summary>
/// Dossier's own interchange format, JSON Lines (https://jsonlines.org/): UTF-8 without a byte order mark,
/// one JSON object per line, lines ended by "\n". It is lossless: exporting an archive, importing the file
/// into an empty archive and exporting again gives the same bytes.
/// </summary>
/// <remarks>
/// <para>Three kinds of line, in this order in an export:</para>
/// <list type="number">
/// <item><c>{"type":"collection","collection":{…}}</c>: a collection, in collection id order;</item>
/// <item><c>{"type":"authority","authority":{…}}</c>: an authority record, in authority id order;</item>
/// <item>a record: the bare <c>RecordJson</c> object, in record id order.</item>
/// </list>
/// <para>A record line is the record itself, not wrapped, so a file of records alone is plain JSON Lines of
/// <c>RecordJson</c> that any tool can read line by line. A line is a collection or authority exactly when its
/// object has a top-level <c>"type"</c> member (records have none). Readers accept the kinds in any order, and
/// blank lines anywhere.</para>
/// </remarks>
public static class JsonlFormat
{
    public const string Name = "jsonl";

    public const string TypeMember = "type";

    public const string Authority = "authority";

    public const string Collection = "collection";

    /// <summary>Deepest nesting of JSON objects and arrays a line may have (a record needs five).</summary>
    public const int MaxDepth = 32;
}
