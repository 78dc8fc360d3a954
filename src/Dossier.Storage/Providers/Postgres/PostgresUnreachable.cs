using System.Net.Sockets;
using Npgsql;

namespace Dossier.Storage.Providers.Postgres;

/// <summary>
/// Tells a PostgreSQL server that cannot be reached or refuses the connection (no server at the address, a wrong
/// host, a refused role or password) from other database errors, and says so in one line: a person who mistyped a
/// port needs the address and the reason, not Npgsql's stack.
/// </summary>
public static class PostgresUnreachable
{
    /// <summary>One line saying why the database could not be used, or null when <paramref name="error"/> is not a connection failure.</summary>
    public static string? Describe(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Class 28: invalid authorization (role, password); 3D000: no such database; 57P03: the server is starting or stopping.
                case PostgresException p when p.SqlState.StartsWith("28", StringComparison.Ordinal) || p.SqlState is "3D000" or "57P03":
                    return $"PostgreSQL refused the connection: {p.MessageText} ({p.SqlState})";
                case NpgsqlException n when n.InnerException is SocketException or TimeoutException or IOException:
                    return $"PostgreSQL could not be reached: {n.Message} ({n.InnerException.Message})";
            }
        }
        return null;
    }
}
