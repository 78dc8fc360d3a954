using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Authorities;

/// <summary>
/// A much-cited person's page lists the public documents citing them a page at a time, by date, with a pager and the
/// whole count; the API pages them by id; the company kept counts the public documents only. Drafts citing the person
/// count nowhere.
/// </summary>
public sealed partial class AuthorityPagingTests
{
    private const string Archive = "Dossier authority paging test";
    private const int Public = 230;
    private const int WithCompany = 40;

    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly string Person = AuthorityId.For(AuthorityKind.Person, "Quentin Marrowby");

    private static readonly string Company = AuthorityId.For(AuthorityKind.Person, "Ottoline Pellworth");

    [Fact]
    public async Task Should_list_a_much_cited_persons_documents_a_page_at_a_time_by_date_and_count_only_public_ones()
    {
        // Written in an order that is neither the dates' nor the ids': day i of the letters is (i * 7) % Public.
        var lines = new List<string>
        {
            Authority(Person, "Quentin Marrowby"),
            Authority(Company, "Ottoline Pellworth"),
        };
        for (var i = 0; i < Public; i++)
        {
            lines.Add(RecordJson.Serialize(Letter("public-" + i, (i * 7) % Public, RecordStatus.Published, company: i < WithCompany)));
        }
        for (var i = 0; i < 25; i++)
        {
            lines.Add(RecordJson.Serialize(Letter("draft-" + i, i, RecordStatus.Draft, company: true)));
        }
        await using var room = await PrivateReadingRoom.StartAsync(Start, lines);

        var first = await room.Client.GetPageAsync("/people/" + Person);
        var third = await room.Client.GetPageAsync("/people/" + Person + "?page=3");
        var beyond = await room.Client.GetPageAsync("/people/" + Person + "?page=99");

        Assert.Contains("Documents (230)", first, StringComparison.Ordinal);
        var days = Days(first);
        Assert.Equal(Enumerable.Range(0, 100), days);
        Assert.Equal(Enumerable.Range(200, 30), Days(third));
        Assert.Equal(Days(third), Days(beyond));
        Assert.Contains("Page 1 of 3", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/people/" + Person + "?page=2\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("draft", first + third, StringComparison.OrdinalIgnoreCase);
        // The company: 40 public letters name Ottoline Pellworth beside him, and 25 drafts that do not count.
        Assert.Contains(">Ottoline Pellworth</a> <span class=\"count\">(40 documents)</span>", first, StringComparison.Ordinal);

        using var api = JsonDocument.Parse(await room.Client.GetPageAsync("/api/people/" + Person + "?limit=100&offset=200"));
        var documents = api.RootElement.GetProperty("documents");
        Assert.Equal(Public, documents.GetProperty("total").GetInt32());
        var ids = documents.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("id").GetString()!).ToList();
        Assert.Equal(30, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(JsonValueKind.Null, documents.GetProperty("next").ValueKind);
    }

    private static List<int> Days(string page) =>
        [.. DayOfLetter().Matches(page).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static string Authority(string id, string name) =>
        JsonSerializer.Serialize(new { type = "authority", authority = new Authority { Id = id, Kind = AuthorityKind.Person, PreferredName = name } }, RecordJson.Options);

    private static ArchiveRecord Letter(string sourceId, int day, RecordStatus status, bool company) => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = sourceId },
        Title = $"Ferry letter of day {day:000} ({sourceId})",
        Date = HistoricalDate.Day(new DateOnly(1958, 1, 1).AddDays(day)),
        Status = status,
        OriginalLanguages = ["en"],
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "The ferry timetable was sent on by Quentin Marrowby." }],
        People =
        [
            new EntityLink { Name = "Quentin Marrowby", AuthorityId = Person },
            .. company ? [new EntityLink { Name = "Ottoline Pellworth", AuthorityId = Company }] : Array.Empty<EntityLink>(),
        ],
    };

    [GeneratedRegex(@"Ferry letter of day (\d{3}) \(public")]
    private static partial Regex DayOfLetter();
}
