using System.Security.Cryptography;
using Dossier.Core.Storage;
using Dossier.Interop.Exporters.Jsonl;

namespace Dossier.Hosting.Transfer;

/// <summary>
/// What an archive holds, in numbers a copy must reproduce: its counts, and the SHA-256 of its whole JSON Lines
/// export (collections, authorities, records in id order), which two stores share only if every stored field
/// of every record, authority and collection is the same.
/// </summary>
public sealed record ArchiveFingerprint(int Records, int Authorities, int Collections, string Sha256)
{
    public static async Task<ArchiveFingerprint> OfAsync(IArchiveStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var counting = new HashingStream(hash);
        await using (counting.ConfigureAwait(false))
        {
            await new JsonlRecordWriter().WriteArchiveAsync(store, counting, cancellationToken).ConfigureAwait(false);
        }
        var authorities = 0;
        await foreach (var _ in store.Authorities.StreamAsync(cancellationToken).ConfigureAwait(false))
        {
            authorities++;
        }
        return new ArchiveFingerprint(
            await store.Records.CountAsync(cancellationToken).ConfigureAwait(false),
            authorities,
            (await store.Collections.ListAsync(cancellationToken).ConfigureAwait(false)).Count,
            Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Records} records, {Authorities} authorities, {Collections} collections, sha256 {Sha256}");
}
