using Dossier.Testing;

namespace Dossier.Cli.Tests.Names;

/// <summary>
/// `dossier import` relinks after itself: the model record imported before the edition links Khrushchev afterwards,
/// and a full `dossier names relink` then finds nothing more to link (the incremental pass reached the same state).
/// </summary>
public sealed class RelinkCommandTests
{
    [Fact]
    public async Task Should_link_the_earlier_record_on_import_and_leave_a_full_relink_nothing_to_do()
    {
        using var folder = new TempFolder("dossier-cli-relink");
        var data = folder.File("data");
        Assert.Equal(0, (await CliRun.RunAsync("import", Shared.ModelRecord, "--data", data)).ExitCode);

        var edition = await CliRun.RunAsync("import", Shared.PathTo("corpora/frus/tei-mini"), "--data", data);
        var full = await CliRun.RunAsync("names", "relink", "--data", data);
        var people = await CliRun.RunAsync("people", "Khrushchev", "--data", data);

        Assert.Equal(0, edition.ExitCode);
        Assert.Matches("[1-9][0-9]* records linked again to the names this import brought", edition.Output);
        Assert.Equal(0, full.ExitCode);
        Assert.True(full.Output.StartsWith("0 of ", StringComparison.Ordinal), full.Output);
        Assert.Contains("Letter to CPSU Central Committee Secretary", people.Output, StringComparison.Ordinal);
    }
}
