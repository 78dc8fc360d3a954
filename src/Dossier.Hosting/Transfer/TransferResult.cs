namespace Dossier.Hosting.Transfer;

/// <summary>The fingerprints of both ends of a copy or restore: equal when nothing was lost or changed.</summary>
public sealed record TransferResult(ArchiveFingerprint Source, ArchiveFingerprint Target)
{
    public bool Verified => Source == Target;
}
