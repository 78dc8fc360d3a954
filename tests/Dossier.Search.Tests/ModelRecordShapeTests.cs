using Dossier.Core.Records;

namespace Dossier.Search.Tests;

public sealed class ModelRecordShapeTests
{
    [Fact]
    public async Task Should_import_the_model_record_with_the_layers_the_search_tests_rely_on()
    {
        var record = await ModelRecord.ImportAsync();

        Assert.Equal("119698", record.Source.RecordId);
        Assert.Contains(record.Layers, l => l.Lang == "ru" && l.Provenance.Method != CaptureMethod.Ocr);
        Assert.Contains(record.Layers, l => l.Lang == "en");
        Assert.Contains(record.Layers, l => l.Provenance.Method == CaptureMethod.Ocr);
    }
}
