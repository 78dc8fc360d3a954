using Dossier.Core.Editing;
using Dossier.Storage.Versions;

namespace Dossier.Storage;

/// <summary>The store keeps its records' version history (<c>record_versions</c>) for the editorial workspace.</summary>
public partial class ArchiveStore : IVersionedStore
{
    private IRecordVersions? _versions;

    public IRecordVersions Versions => _versions ??= new VersionStore(this, _timeProvider);
}
