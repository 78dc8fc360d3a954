namespace Dossier.Storage.Providers.Postgres;

/// <summary>
/// The advisory lock keys Dossier takes (PostgreSQL 18 §13.3.5, <c>pg_advisory_lock</c>). Advisory locks are
/// scoped to one database, so archives in different databases of one server never wait for each other.
/// </summary>
internal static class PostgresLocks
{
    /// <summary>Held by a session while it migrates the schema: nodes starting together migrate one after another.</summary>
    public const long Migration = 0x646F_7373_6965_7201;

    /// <summary>Held by every write transaction until it ends: see <see cref="PostgresWriteLock"/>.</summary>
    public const long Write = 0x646F_7373_6965_7202;
}
