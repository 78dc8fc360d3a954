namespace Dossier.Storage.Providers.Sqlite;

/// <summary>
/// An exclusive OS lock on a file beside the database, held while the schema is migrated. The operating
/// system releases it when the holding process dies, which a lock kept inside the database cannot promise.
/// </summary>
internal static class MigrationGate
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static async Task<IDisposable> AcquireAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                // Deleted when released, so the data folder keeps no lock file. A process that opened the file just
                // before it was deleted holds a lock on a file nobody else can open; migrations are idempotent and
                // EF Core's own lock row still serialises them, so that narrow race costs at most a second check.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                // Another process is migrating this database right now: wait for it.
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
