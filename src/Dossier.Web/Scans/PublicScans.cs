using Dossier.Core.Composition;
using Dossier.Core.Records;
using Dossier.Core.Scans;

namespace Dossier.Web.Scans;

/// <summary>
/// The page images the public may see: a scan is served only while a published, unembargoed record still shows
/// it; a scan of a draft is as absent as the draft.
/// </summary>
public sealed class PublicScans(Archive archive)
{
    public IScanLibrary? Library => archive.Scans;

    /// <summary>The page and the public record showing it, or null (not a hash, unknown, or only in records the public may not see).</summary>
    public async Task<(ScanPage Page, ArchiveRecord Record)?> FindAsync(string sha256, CancellationToken cancellationToken = default)
    {
        if (archive.Scans is null || !ScanPaths.IsSha256(sha256))
        {
            return null;
        }
        var now = archive.Time.GetUtcNow();
        foreach (var owner in await archive.Scans.OwnersAsync(sha256, cancellationToken).ConfigureAwait(false))
        {
            var record = await archive.Store.Records.FindAsync(owner, cancellationToken).ConfigureAwait(false);
            if (record is null || !record.IsPublicAt(now) || !string.Equals(record.Id, owner, StringComparison.Ordinal))
            {
                continue;
            }
            var page = record.Scans?.Find(s => string.Equals(s.Sha256, sha256, StringComparison.Ordinal));
            if (page is not null)
            {
                return (page, record);
            }
        }
        return null;
    }
}
