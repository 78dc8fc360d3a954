using Dossier.Core.Storage;

namespace Dossier.Core.Exporting;

/// <summary>
/// An OAI-PMH 2.0 data provider (Open Archives Initiative Protocol for Metadata Harvesting, version 2.0).
/// The web host passes each request's arguments through; the provider answers every verb and error itself.
/// Registered among the archive's writers, so hosts that reference Core only can find it.
/// </summary>
public interface IOaiPmhProvider
{
    /// <summary>Writes the response to one request (its arguments as sent, repeated ones included) at <paramref name="baseUrl"/>.</summary>
    Task RespondAsync(
        IArchiveStore store, TimeProvider time, IReadOnlyList<KeyValuePair<string, string>> arguments, Uri baseUrl,
        Stream output, CancellationToken cancellationToken = default);

    /// <summary>An XML Schema of a metadata format this provider defines itself, by file name; null when there is none of that name.</summary>
    Stream? OpenSchema(string fileName);
}
