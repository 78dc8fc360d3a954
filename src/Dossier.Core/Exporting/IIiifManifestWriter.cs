using Dossier.Core.Records;

namespace Dossier.Core.Exporting;

/// <summary>Writes a record's IIIF Presentation API 3.0 Manifest. Registered among the archive's writers.</summary>
public interface IIiifManifestWriter
{
    /// <summary>The manifest of <paramref name="record"/>, its resources identified under <paramref name="baseUrl"/>.</summary>
    Task WriteManifestAsync(ArchiveRecord record, Uri baseUrl, Stream output, CancellationToken cancellationToken = default);
}
