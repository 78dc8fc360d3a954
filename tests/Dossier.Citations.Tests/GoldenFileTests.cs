using Dossier.Core.Citations;
using Dossier.Testing;

namespace Dossier.Citations.Tests;

/// <summary>
/// Every output format of the tests' own sample records, against the expected files in Golden/. Set
/// DOSSIER_UPDATE_GOLDEN=1 to write them afresh (then read the diff before committing).
/// </summary>
public sealed class GoldenFileTests
{
    private static readonly CitationOptions Options = new() { SiteName = "Invented Digital Archive", Accessed = new DateOnly(2026, 11, 30) };

    public static TheoryData<string, CitationStyle> Cases()
    {
        var cases = new TheoryData<string, CitationStyle>();
        foreach (var record in SampleRecords.All)
        {
            foreach (var style in Enum.GetValues<CitationStyle>())
            {
                cases.Add(record.Id, style);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_write_what_the_golden_file_holds(string id, CitationStyle style)
    {
        var record = SampleRecords.All.Single(r => r.Id == id);
        var path = Path.Combine(Shared.Root, "tests", "Dossier.Citations.Tests", "Golden", id + "." + CitationStyles.NameOf(style) + "." + CitationStyles.Extension(style));

        var written = CitationFormatter.Format(record, style, Options);

        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, written, TestContext.Current.CancellationToken);
        }
        Assert.True(File.Exists(path), "no golden file " + path + " (DOSSIER_UPDATE_GOLDEN=1 writes it)");
        Assert.Equal(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), written);
    }
}
