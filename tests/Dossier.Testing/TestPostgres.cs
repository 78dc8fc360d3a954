namespace Dossier.Testing;

/// <summary>
/// The PostgreSQL server tests run against: <c>DOSSIER_TEST_POSTGRES</c> (a postgres:// URI of a user that may
/// create databases). Under CI (<c>CI=true</c>) a missing server is an error, never a reason to skip.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "DOSSIER_TEST_POSTGRES";

    /// <summary>The server's URI; null outside CI when it is not configured (the caller skips).</summary>
    /// <exception cref="InvalidOperationException">CI=true and no server is configured.</exception>
    public static string? ServerOrNull()
    {
        var url = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(url))
        {
            return url;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but {Variable} is not set: the PostgreSQL tests need a server (.ci/run starts one)");
        }
        return null;
    }

    public const string SkipReason = Variable + " is not set (start one with ../shared/tools/pg-private.sh start /tmp/pg 54329)";

    /// <summary>A database name no other test run uses.</summary>
    public static string UniqueDatabaseName(string purpose) =>
        "dossier_test_" + purpose.ToLowerInvariant() + "_" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The server's URI with its database replaced by <paramref name="database"/>.</summary>
    public static string WithDatabase(string server, string database)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.Contains("://", StringComparison.Ordinal))
        {
            var builder = new UriBuilder(server) { Path = "/" + database };
            return builder.Uri.ToString();
        }
        return server.TrimEnd(';') + ";Database=" + database;
    }
}
