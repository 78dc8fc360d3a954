using Npgsql;
using NpgsqlTypes;

namespace Dossier.Bench.Search;

/// <summary>
/// PostgreSQL full-text search: a stored tsvector (english config; title weight A, text weight D, so ts_rank
/// weighs the title 10× the text) with a GIN index and a btree on the volume. Variants: "and" (websearch_to_tsquery),
/// "or" (the same lexemes joined by |), ranked by ts_rank or ts_rank_cd.
/// </summary>
internal sealed class PostgresEngine(NpgsqlDataSource source, bool or, bool coverDensity) : ISearchEngine
{
    // A tsvector holds at most 1 MB; no FRUS document comes near, the cut only guards the build.
    private const int MaxText = 400_000;

    public string Name => "pg-" + (or ? "or" : "and") + (coverDensity ? "-cd" : "");

    private string Rank => coverDensity ? "ts_rank_cd" : "ts_rank";

    public static async Task<(double LoadSeconds, double IndexSeconds, long Bytes)> BuildAsync(NpgsqlDataSource source, IReadOnlyList<BenchDocument> documents, CancellationToken cancellationToken)
    {
        await using var connection = await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "DROP TABLE IF EXISTS docs; CREATE TABLE docs (id text PRIMARY KEY, volume text NOT NULL, title text NOT NULL, text text NOT NULL, " +
            $"tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', left(text, {MaxText})), 'D')) STORED)", cancellationToken).ConfigureAwait(false);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using (var copy = await connection.BeginBinaryImportAsync("COPY docs (id, volume, title, text) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var document in documents)
            {
                await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(document.Id, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(document.Volume, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(document.Title, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                await copy.WriteAsync(document.Text.Replace("\0", "", StringComparison.Ordinal), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }
            await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        var load = clock.Elapsed.TotalSeconds;
        clock.Restart();
        foreach (var sql in new[] { "SET maintenance_work_mem = '256MB'", "CREATE INDEX docs_tsv ON docs USING gin (tsv)", "CREATE INDEX docs_volume ON docs (volume)", "VACUUM ANALYZE docs" })
        {
            await ExecuteAsync(connection, sql, cancellationToken).ConfigureAwait(false);
        }
        var index = clock.Elapsed.TotalSeconds;
        await using var size = new NpgsqlCommand("SELECT pg_total_relation_size('docs')", connection);
        var bytes = (long)(await size.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return (load, index, bytes);
    }

    public async Task<int> PageAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        var tsquery = query.Phrase ? "phraseto_tsquery('english', $1)" : "plainto_tsquery('english', $1)";
        var sql = "SELECT id, title, ts_headline('english', text, q, 'MaxFragments=1, MinWords=12, MaxWords=24') FROM (" +
            $"SELECT id, title, text, q FROM docs, {tsquery} q WHERE tsv @@ q ORDER BY {Rank}(tsv, q) DESC LIMIT 10) top";
        await using var command = source.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = string.Join(' ', query.Words), NpgsqlDbType = NpgsqlDbType.Text });
        var shown = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            _ = reader.GetString(2);
            shown++;
        }
        return shown;
    }

    public async Task<IReadOnlyList<string>> RankAsync(string heading, string volume, int limit, CancellationToken cancellationToken)
    {
        var words = PeerQueryText.Words(heading);
        if (words.Count == 0)
        {
            return [];
        }
        var tsquery = or ? "replace(plainto_tsquery('english', $1)::text, ' & ', ' | ')::tsquery" : "websearch_to_tsquery('english', $1)";
        var sql = $"SELECT id FROM docs, (SELECT {tsquery} AS q) x WHERE volume = $2 AND tsv @@ x.q ORDER BY {Rank}(tsv, x.q) DESC, id LIMIT $3";
        await using var command = source.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = string.Join(' ', words), NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = volume, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit, NpgsqlDbType = NpgsqlDbType.Integer });
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
