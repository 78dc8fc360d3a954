using System.Net;
using Dossier.Hosting;
using Dossier.Testing;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Reading;

/// <summary>An archive opened for the first time: nothing in it yet, and nothing left behind in its data folder.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task Should_say_how_to_import_on_an_empty_archive_and_leave_no_lock_files()
    {
        using var folder = new TempFolder("dossier-first-run");
        var data = folder.File("data");
        await using var archive = await ArchiveFactory.OpenAsync(data, TestContext.Current.CancellationToken);
        await using var app = ReadingRoom.Build(archive, "http://127.0.0.1:0");
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var home = await client.GetPageAsync("/");
        Assert.Contains("This archive is empty", home, StringComparison.Ordinal);
        Assert.Contains("dossier import ../shared/fixtures/wcda/119698.md", home, StringComparison.Ordinal);
        var search = await client.GetPageAsync("/search?q=Khrushchev");
        Assert.Contains("Things to try", search, StringComparison.Ordinal);

        Assert.False(File.Exists(Path.Combine(data, "dossier.db.migrating")), "the migration lock should go with the migration");
        await app.StopAsync(TestContext.Current.CancellationToken);
    }
}
