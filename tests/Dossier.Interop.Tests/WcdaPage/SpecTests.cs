using Dossier.Core.Records;
using Dossier.Testing;

namespace Dossier.Interop.Tests.WcdaPage;

/// <summary>
/// Markdig-style spec files: each Specs/WcdaPage/NAME.md is an invented page export and NAME.expected.json
/// the record it must give, as RecordJson.Indented. DOSSIER_UPDATE_SPECS=1 rewrites the expected files.
/// </summary>
public sealed class SpecTests
{
    private static string Folder => Path.Combine(Shared.Root, "tests", "Dossier.Interop.Tests", "Specs", "WcdaPage");

    public static TheoryData<string> Specs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Should_read_each_spec_into_its_expected_record(string name)
    {
        var record = await ReaderHarness.ReadAsync(Path.Combine(Folder, name + ".md"));
        var actual = RecordJson.Serialize(record, indented: true) + "\n";
        var expectedPath = Path.Combine(Folder, name + ".expected.json");
        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_SPECS") == "1")
        {
            await File.WriteAllTextAsync(expectedPath, actual, TestContext.Current.CancellationToken);
        }

        Assert.Equal(await File.ReadAllTextAsync(expectedPath, TestContext.Current.CancellationToken), actual);
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Should_read_crlf_line_ends_exactly_as_lf(string name)
    {
        using var temp = new TempFolder();
        var lf = await File.ReadAllTextAsync(Path.Combine(Folder, name + ".md"), TestContext.Current.CancellationToken);
        var crlfPath = temp.File(name + ".md");
        await File.WriteAllTextAsync(crlfPath, lf.Replace("\n", "\r\n", StringComparison.Ordinal), TestContext.Current.CancellationToken);

        var fromLf = await ReaderHarness.ReadAsync(Path.Combine(Folder, name + ".md"));
        var fromCrlf = await ReaderHarness.ReadAsync(crlfPath);

        Assert.Contains("\r\n", await File.ReadAllTextAsync(crlfPath, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(RecordJson.Serialize(fromLf), RecordJson.Serialize(fromCrlf));
    }
}
