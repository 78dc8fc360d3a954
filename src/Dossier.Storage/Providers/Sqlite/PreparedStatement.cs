namespace Dossier.Storage.Providers.Sqlite;

/// <summary>A statement <see cref="PreparedReads"/> keeps prepared on each of its connections, and its parameters' names in order.</summary>
internal sealed class PreparedStatement(string sql, params string[] parameters)
{
    public string Sql { get; } = sql;

    public IReadOnlyList<string> Parameters { get; } = parameters;
}
