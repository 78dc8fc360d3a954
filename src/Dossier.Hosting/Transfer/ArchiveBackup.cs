using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Dossier.Core.Importing;
using Dossier.Core.Storage;
using Dossier.Interop.Exporters.Jsonl;
using Dossier.Interop.Importers.Jsonl;
using Dossier.Storage.Providers.Postgres;

namespace Dossier.Hosting.Transfer;

/// <summary>
/// A backup is one ZIP file holding <c>archive.jsonl</c> (the lossless JSON Lines export: collections, authorities,
/// records) and <c>manifest.json</c> (<see cref="BackupManifest"/>: counts and SHA-256). It is the same for both
/// engines, so a SQLite archive's backup restores into PostgreSQL and back.
/// </summary>
public static class ArchiveBackup
{
    public const string ArchiveEntry = "archive.jsonl";
    public const string ManifestEntry = "manifest.json";

    /// <summary>Writes the backup beside <paramref name="path"/> and renames it into place, so a failed backup never leaves half a file under the name.</summary>
    /// <remarks>Each table is read in its own query: writes made while the backup runs may be in it or not, record by record. Back up a quiet archive.</remarks>
    public static async Task<BackupManifest> WriteAsync(IArchiveStore store, string origin, string path, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var lastSequence = await store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
        var temporary = path + ".partial";
        BackupManifest manifest;
        var file = File.Create(temporary);
        await using (file.ConfigureAwait(false))
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true);
            var counts = new int[3];
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var entry = zip.CreateEntry(ArchiveEntry, CompressionLevel.Optimal).Open();
            await using (entry.ConfigureAwait(false))
            {
                var hashing = new HashingStream(hash, entry);
                await using (hashing.ConfigureAwait(false))
                {
                    var collections = await store.Collections.ListAsync(cancellationToken).ConfigureAwait(false);
                    counts[2] = collections.Count;
                    await new JsonlRecordWriter().WriteAsync(
                        collections,
                        CountAsync(store.Authorities.StreamAsync(cancellationToken), counts, 1, cancellationToken),
                        CountAsync(store.Records.StreamAsync(cancellationToken), counts, 0, cancellationToken),
                        hashing,
                        cancellationToken).ConfigureAwait(false);
                }
            }
            manifest = new BackupManifest(
                BackupManifest.CurrentFormat, time.GetUtcNow(), origin, lastSequence,
                new ArchiveFingerprint(counts[0], counts[1], counts[2], Convert.ToHexStringLower(hash.GetHashAndReset())));
            var manifestEntry = zip.CreateEntry(ManifestEntry).Open();
            await using (manifestEntry.ConfigureAwait(false))
            {
                manifest.WriteTo(manifestEntry);
            }
        }
        File.Move(temporary, path, overwrite: true);
        return manifest;
    }

    /// <summary>Reads a backup's manifest.</summary>
    /// <exception cref="InvalidDataException">Not a Dossier backup.</exception>
    public static BackupManifest ReadManifest(string path)
    {
        using var zip = OpenZip(path);
        var entry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"{path}: no {ManifestEntry}: not a Dossier backup");
        using var stream = entry.Open();
        return BackupManifest.ReadFrom(stream);
    }

    /// <summary>
    /// Restores the backup at <paramref name="path"/> into the empty store <paramref name="target"/>, in one
    /// transaction, after checking the file against its manifest; the result compares the manifest with the restored archive.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a Dossier backup, or its archive does not match its manifest.</exception>
    public static async Task<TransferResult> RestoreAsync(string path, IArchiveStore target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var manifest = ReadManifest(path);
        using var zip = OpenZip(path);
        var entry = zip.GetEntry(ArchiveEntry) ?? throw new InvalidDataException($"{path}: no {ArchiveEntry}");
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var stream = entry.Open();
            await using (stream.ConfigureAwait(false))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                }
            }
            var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (!string.Equals(actual, manifest.Archive.Sha256, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{path}: {ArchiveEntry}: SHA-256 {actual} does not match the manifest's {manifest.Archive.Sha256}: the backup is damaged");
            }
        }
        await ArchiveCopier.EnsureEmptyAsync(target, cancellationToken).ConfigureAwait(false);

        var transaction = await target.BeginImportAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var sink = new TransactionSink(transaction);
            await new JsonlRecordReader().ReadAsync(new ImportSource(path + "!/" + ArchiveEntry, entry.Open), sink, cancellationToken).ConfigureAwait(false);
            await sink.FlushAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        if (target is PostgresArchiveStore postgres)
        {
            await postgres.AdvanceSequenceAsync(manifest.LastSequence, cancellationToken).ConfigureAwait(false);
        }
        return new TransferResult(manifest.Archive, await ArchiveFingerprint.OfAsync(target, cancellationToken).ConfigureAwait(false));
    }

    private static ZipArchive OpenZip(string path)
    {
        try
        {
            return ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: not a Dossier backup (not a ZIP file: {e.Message})", e);
        }
    }

    private static async IAsyncEnumerable<T> CountAsync<T>(IAsyncEnumerable<T> items, int[] counts, int slot, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            counts[slot]++;
            yield return item;
        }
    }
}
