namespace Dossier.Search.Tests;

/// <summary>The model record indexed once for the tests of a class.</summary>
public sealed class ModelRecordIndex : IAsyncLifetime
{
    private readonly IndexedArchive _archive = new();

    public LuceneSearchIndex Index => _archive.Index;

    public async ValueTask InitializeAsync() => await _archive.AddAsync(await ModelRecord.ImportAsync());

    public ValueTask DisposeAsync()
    {
        _archive.Dispose();
        return ValueTask.CompletedTask;
    }
}
