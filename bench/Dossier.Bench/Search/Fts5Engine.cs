using Microsoft.Data.Sqlite;

namespace Dossier.Bench.Search;

/// <summary>
/// SQLite FTS5 (porter + unicode61, diacritics removed) over id, volume, title and text; ranked by bm25 with the
/// title weighted 10× the text (Dossier weights its title field 10× too) and the volume column 0.
/// </summary>
internal sealed class Fts5Engine : ISearchEngine, IDisposable
{
    private const string Rank = "bm25(docs, 0, 0, 10.0, 1.0)";
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _page;
    private readonly SqliteCommand _rank;

    private Fts5Engine(SqliteConnection connection, string joiner)
    {
        _connection = connection;
        Joiner = joiner;
        _page = Command($"SELECT id, title, snippet(docs, 3, '[', ']', '…', 24) FROM docs WHERE docs MATCH $q ORDER BY {Rank} LIMIT 10", limit: false);
        _rank = Command($"SELECT id FROM docs WHERE docs MATCH $q ORDER BY {Rank} LIMIT $n", limit: true);
    }

    public string Name => Joiner == " OR " ? "fts5-or" : "fts5-and";

    private string Joiner { get; }

    public static async Task<(double Seconds, long Bytes)> BuildAsync(string file, IReadOnlyList<BenchDocument> documents, CancellationToken cancellationToken)
    {
        if (File.Exists(file))
        {
            File.Delete(file);
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; " +
                    "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, volume, title, text, tokenize = 'porter unicode61 remove_diacritics 2');";
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO docs(id, volume, title, text) VALUES ($id, $volume, $title, $text)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var volume = insert.Parameters.Add("$volume", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            foreach (var document in documents)
            {
                id.Value = document.Id;
                volume.Value = document.Volume;
                title.Value = document.Title;
                text.Value = document.Text;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            await using var optimize = connection.CreateCommand();
            optimize.CommandText = "INSERT INTO docs(docs) VALUES('optimize')";
            await optimize.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        SqliteConnection.ClearAllPools();
        return (clock.Elapsed.TotalSeconds, new FileInfo(file).Length);
    }

    public static async Task<Fts5Engine> OpenAsync(string file, string joiner, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Cache=Private");
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return new Fts5Engine(connection, joiner);
    }

    public async Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        _page.Parameters["$q"].Value = query.Phrase ? PeerQueryText.Fts5Phrase(query.Words) : PeerQueryText.Fts5(query.Words, " AND ");
        var shown = 0;
        await using var reader = await _page.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            _ = reader.GetString(2);
            shown++;
        }
        return shown;
    }

    /// <summary>How many documents match the query as <see cref="PageAsync"/> gives it.</summary>
    public async Task<int> CountAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM docs WHERE docs MATCH $q";
        command.Parameters.AddWithValue("$q", query.Phrase ? PeerQueryText.Fts5Phrase(query.Words) : PeerQueryText.Fts5(query.Words, " AND "));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken)
    {
        var words = PeerQueryText.Words(heading);
        if (words.Count == 0)
        {
            return [];
        }
        _rank.Parameters["$q"].Value = "volume:" + PeerQueryText.Fts5([volume], "") + " AND (" + PeerQueryText.Fts5(words, Joiner) + ")";
        _rank.Parameters["$n"].Value = limit;
        var ids = new List<string>();
        await using var reader = await _rank.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    public void Dispose()
    {
        _page.Dispose();
        _rank.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Command(string sql, bool limit)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.Add("$q", SqliteType.Text);
        if (limit)
        {
            command.Parameters.Add("$n", SqliteType.Integer);
        }
        return command;
    }
}
