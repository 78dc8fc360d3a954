using Dossier.Core.Exporting;
using Dossier.Core.Importing;
using Dossier.Core.Search;
using Dossier.Interop.Exporters.Jsonl;
using Dossier.Interop.Importers.Jsonl;
using Dossier.Interop.Importers.WcdaPage;
using Dossier.Storage;

namespace Dossier.Web.Composition;

/// <summary>Opens the archive on a data folder, creating or migrating what is there.</summary>
public static class ArchiveFactory
{
    /// <summary>Every import format, tried in this order when a file's format is "auto".</summary>
    public static IReadOnlyList<IRecordReader> Readers() =>
    [
        new JsonlRecordReader(),
        new WcdaPageReader(),
    ];

    public static IReadOnlyList<IRecordWriter> Writers() =>
    [
        new JsonlRecordWriter(),
    ];

    public static async Task<Archive> OpenAsync(string dataFolder, CancellationToken cancellationToken = default, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var folder = Path.GetFullPath(dataFolder);
        var store = await StoreFactory.OpenAsync(folder, time, cancellationToken).ConfigureAwait(false);
        ISearchIndex? index = null;
        return new Archive(folder, store, store, index, Readers(), Writers(), time);
    }
}
