using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Authorities;

/// <summary>
/// The People finder reads a person's public spellings only: a spelling only a draft gave neither finds the person
/// nor shows. The finder first keeps the people some spelling of answers, then asks which spellings the public may see
/// (AuthorityDirectory.ListAsync), so a test of the second step alone would let a draft's spelling through.
/// </summary>
public sealed class FinderSpellingsTests
{
    private const string Archive = "Dossier finder spellings test";

    private static readonly DateTimeOffset Start = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly string Person = AuthorityId.For(AuthorityKind.Person, "Quentin Marrowby");

    [Fact]
    public async Task Should_find_a_person_by_a_public_spelling_and_never_by_one_only_a_draft_gave()
    {
        var draft = RecordId.For(Archive, "draft-1");
        var authority = new Authority
        {
            Id = Person,
            Kind = AuthorityKind.Person,
            PreferredName = "Quentin Marrowby",
            Variants = [new NameVariant { Name = "Quentin Marrowby" }, new NameVariant { Name = "Kventin Marrouby", Source = draft }],
        };
        string[] lines =
        [
            JsonSerializer.Serialize(new { type = "authority", authority }, RecordJson.Options),
            RecordJson.Serialize(Letter("public-1", RecordStatus.Published)),
            RecordJson.Serialize(Letter("draft-1", RecordStatus.Draft)),
        ];
        await using var room = await PrivateReadingRoom.StartAsync(Start, lines);

        var byPublic = await room.Client.GetPageAsync("/api/people?q=Marrowby");
        var byDraft = await room.Client.GetPageAsync("/api/people?q=Kventin");
        var page = await room.Client.GetPageAsync("/people?q=kventin+MARROUBY");

        Assert.Contains(Person, byPublic, StringComparison.Ordinal);
        Assert.DoesNotContain("Kventin", byPublic, StringComparison.Ordinal);
        Assert.DoesNotContain(Person, byDraft, StringComparison.Ordinal);
        Assert.DoesNotContain("Quentin Marrowby", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_find_a_person_by_the_start_of_a_word_of_a_name_not_by_letters_within_one()
    {
        var burchinal = AuthorityId.For(AuthorityKind.Person, "Burchinal, David A.");
        var authority = new Authority { Id = burchinal, Kind = AuthorityKind.Person, PreferredName = "Burchinal, David A." };
        var letter = Letter("public-1", RecordStatus.Published);
        letter.People.Add(new EntityLink { Name = "David A. Burchinal", AuthorityId = burchinal });
        string[] lines =
        [
            JsonSerializer.Serialize(new { type = "authority", authority }, RecordJson.Options),
            RecordJson.Serialize(letter),
        ];
        await using var room = await PrivateReadingRoom.StartAsync(Start, lines);

        // "China" is within Burchinal: the store finds it there, the finder does not; "Burch" starts his name.
        Assert.DoesNotContain(burchinal, await room.Client.GetPageAsync("/api/people?q=China"), StringComparison.Ordinal);
        Assert.Contains(burchinal, await room.Client.GetPageAsync("/api/people?q=Burch"), StringComparison.Ordinal);
        Assert.Contains(burchinal, await room.Client.GetPageAsync("/api/people?q=david+a"), StringComparison.Ordinal);
    }

    private static ArchiveRecord Letter(string sourceId, RecordStatus status) => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = sourceId },
        Title = "A letter about the ferry timetable " + sourceId,
        Date = HistoricalDate.Day(new DateOnly(1958, 3, 4)),
        Status = status,
        OriginalLanguages = ["en"],
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = "The ferry timetable was sent on by Quentin Marrowby." }],
        People = [new EntityLink { Name = "Quentin Marrowby", AuthorityId = Person }],
    };
}
