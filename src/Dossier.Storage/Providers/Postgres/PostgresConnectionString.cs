using Npgsql;

namespace Dossier.Storage.Providers.Postgres;

/// <summary>
/// Reads the archive's database as a PostgreSQL connection URI (<c>postgres://user:password@host:port/database?sslmode=require</c>,
/// libpq's form, PostgreSQL 18 §32.1.1.2) or as an Npgsql keyword string (<c>Host=…;Database=…</c>).
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True for a value naming a PostgreSQL database rather than a data folder.</summary>
    public static bool IsPostgres(string? value) =>
        value is not null
        && (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || value.Contains("Host=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql connection string for <paramref name="value"/>.</summary>
    /// <exception cref="FormatException">The value is neither a postgres:// URI nor a keyword string.</exception>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(value);
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || !(string.Equals(uri.Scheme, "postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(uri.Scheme, "postgresql", StringComparison.OrdinalIgnoreCase)))
        {
            throw new FormatException($"not a PostgreSQL URI (postgres://user@host:port/database): {Redacted(value)}");
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = string.IsNullOrEmpty(uri.Host) ? "localhost" : uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : "dossier",
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var setting = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            // libpq's names where they differ from Npgsql's; the rest are Npgsql keywords as they are.
            builder[string.Equals(key, "sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = setting;
        }
        return builder;
    }

    /// <summary>The value with any password replaced, for messages and logs.</summary>
    public static string Redacted(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return value.Replace(uri.UserInfo, uri.UserInfo[..uri.UserInfo.IndexOf(':', StringComparison.Ordinal)] + ":***", StringComparison.Ordinal);
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            if (builder.Password is not null)
            {
                builder.Password = "***";
            }
            return builder.ToString();
        }
        catch (ArgumentException)
        {
            return "(unreadable connection string)";
        }
    }
}
