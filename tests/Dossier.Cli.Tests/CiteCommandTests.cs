using Dossier.Testing;

namespace Dossier.Cli.Tests;

/// <summary>`dossier cite ID --style …`: a record's citation in each style, from the store.</summary>
public sealed class CiteCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Data => _folder.File("data");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_cite_the_model_record_in_chicago_with_its_reference_credits_and_access_date()
    {
        await CliRun.RunAsync("import", Shared.ModelRecord, "--data", Data);

        var run = await CliRun.RunAsync("cite", "119698", "--style", "chicago", "--accessed", "2026-11-30", "--permalink", "https://archive.example/documents/119698", "--data", Data);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("\"Letter to CPSU Central Committee Secretary Khrushchev, from Engineer and Political Émigré Mir Aga Azari\", August 2, 1955, ", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("RGANI, f. 5, op. 28, d. 347. Department for Relations with Foreign Communist Parties (International Department of the Central Committee), 1953-1957, microfilm, reel 83. Contributed by Roham Alvandi and translated by Gary Goldberg. Accessed November 30, 2026. https://archive.example/documents/119698.\n", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mla", "Goldberg, Gary, translator. “Letter to CPSU Central Committee Secretary Khrushchev, from Engineer and Political Émigré Mir Aga Azari.” 2 Aug. 1955, RGANI")]
    [InlineData("apa", "(G. Goldberg, Trans.). (1955). [Microfilm, reel 83].")]
    [InlineData("bibtex", "translator = {Goldberg, Gary},")]
    [InlineData("ris", "AV  - f. 5, op. 28, d. 347")]
    [InlineData("csl-json", "\"archive_location\": \"f. 5, op. 28, d. 347\"")]
    public async Task Should_cite_in_each_style(string style, string expected)
    {
        await CliRun.RunAsync("import", Shared.ModelRecord, "--data", Data);

        var run = await CliRun.RunAsync("cite", "119698", "--style", style, "--data", Data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_style_and_an_unknown_record()
    {
        await CliRun.RunAsync("import", Shared.ModelRecord, "--data", Data);

        var style = await CliRun.RunAsync("cite", "119698", "--style", "harvard", "--data", Data);
        var record = await CliRun.RunAsync("cite", "nope", "--data", Data);

        Assert.Equal((2, 2), (style.ExitCode, record.ExitCode));
        Assert.Contains("unknown style 'harvard'", style.Error, StringComparison.Ordinal);
        Assert.Contains("no record 'nope'", record.Error, StringComparison.Ordinal);
    }
}
