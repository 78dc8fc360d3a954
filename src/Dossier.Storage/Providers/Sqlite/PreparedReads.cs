using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Providers.Sqlite;

/// <summary>
/// Reads a statement on one of a few SQLite connections held open, each keeping the statements it ran prepared: the
/// document page's reads (its record, its collection, the titles around it; see <see cref="PageStatements"/>).
/// </summary>
/// <remarks>
/// Through EF Core each of these reads took a pooled context and connection, on whose opening EF Core registers its
/// SQL functions again, prepared its statement anew and ran the query pipeline around it: about 0.3–0.4 ms of CPU a
/// read on the 100 FRUS volumes, where SQLite's own work for a page's twelve titles is about 40 µs (issue 9). In WAL
/// mode an open connection holds no snapshot between statements, so a held connection sees every commit, and never
/// keeps the writer from checkpointing. A statement SQLite finds stale after a schema change it prepares again itself.
/// </remarks>
internal sealed class PreparedReads(string connectionString)
{
    /// <summary>Idle connections kept; more are opened when more requests read at once, and closed when given back.</summary>
    private const int MaxIdle = 16;

    /// <summary>
    /// These connections read the database through a memory map of up to 2 GB (SQLite's largest): a page's record is read
    /// from the operating system's cache where it lies, where SQLite's reads through its own small cache (2 MB a
    /// connection) copied each page with a system call, and SQLite's page cache and its reads were a tenth of a
    /// document page's CPU on the 100 FRUS volumes. The pages read count as the server's mapped file memory, which the
    /// system takes back when it needs it. The store's other connections (imports, edits) read as before.
    /// </summary>
    internal const string MemoryMap = "PRAGMA mmap_size=2147418112;";

    private readonly ConcurrentStack<Session> _idle = new();

    /// <summary>Raised by <see cref="Close"/>: a connection rented before is closed when given back.</summary>
    private int _generation;

    /// <summary>Runs <paramref name="statement"/> with the values of its parameters, in order, and reads its rows with <paramref name="read"/>.</summary>
    public T Read<T>(PreparedStatement statement, ReadOnlySpan<object?> values, Func<SqliteDataReader, T> read)
    {
        var session = Rent();
        var healthy = false;
        try
        {
            var command = session.Command(statement);
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
            T result;
            using (var reader = command.ExecuteReader())
            {
                result = read(reader);
            }
            healthy = true;
            return result;
        }
        finally
        {
            Return(session, healthy);
        }
    }

    /// <summary>Closes the idle connections, and those in use when given back (before a data folder is deleted or copied); later reads open new ones.</summary>
    public void Close()
    {
        Interlocked.Increment(ref _generation);
        CloseIdle();
    }

    private void CloseIdle()
    {
        while (_idle.TryPop(out var session))
        {
            session.Dispose();
        }
    }

    private Session Rent() => _idle.TryPop(out var session) ? session : Session.Open(connectionString, Volatile.Read(ref _generation));

    private void Return(Session session, bool healthy)
    {
        // Requests reading at once may push a few past the cap: it bounds the idle connections, it need not be exact.
        if (!healthy || session.Generation != Volatile.Read(ref _generation) || _idle.Count >= MaxIdle)
        {
            session.Dispose();
            return;
        }
        _idle.Push(session);
        if (session.Generation != Volatile.Read(ref _generation))
        {
            // Closed while it was being given back.
            CloseIdle();
        }
    }

    /// <summary>One open connection and the commands it has prepared, used by one read at a time.</summary>
    private sealed class Session(SqliteConnection connection, int generation) : IDisposable
    {
        private readonly Dictionary<PreparedStatement, SqliteCommand> _commands = [];

        public int Generation { get; } = generation;

        public static Session Open(string connectionString, int generation)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                using var settings = connection.CreateCommand();
                settings.CommandText = SqlitePragmas.Pragmas + MemoryMap;
                settings.ExecuteNonQuery();
                return new Session(connection, generation);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public SqliteCommand Command(PreparedStatement statement)
        {
            if (!_commands.TryGetValue(statement, out var command))
            {
                command = connection.CreateCommand();
                command.CommandText = statement.Sql;
                foreach (var name in statement.Parameters)
                {
                    command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
                }
                command.Prepare();
                _commands.Add(statement, command);
            }
            return command;
        }

        public void Dispose()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }
            connection.Dispose();
        }
    }
}
