using System.Text.Json;
using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Visibility;

/// <summary>
/// Records the public must not see (invented text): a draft, a withdrawn record, an embargo that lapses a day after
/// the start and one that never does. They hold the public records' words and cite new and existing people, places
/// and collections, and a membership title that sorts before every public one.
/// </summary>
internal static class HiddenRecords
{
    public const string Archive = "Dossier hidden test archive";

    public static readonly string NewPerson = AuthorityId.For(AuthorityKind.Person, "Zebulon Hiddenfield");
    public static readonly string LapsingPerson = AuthorityId.For(AuthorityKind.Person, "Ulyana Lapsington");
    public static readonly string NewPlace = AuthorityId.For(AuthorityKind.Place, "Hiddenport");
    public static readonly string NewOrganisation = AuthorityId.For(AuthorityKind.Organisation, "Hidden Works Committee");
    public const string NewCollection = "hidden-collection";
    public const string LapsingWord = "marmalade";

    public static string LapsingId => RecordId.For(Archive, "lapsing-1");

    /// <summary>Every id only hidden records bring: each is found nowhere public.</summary>
    public static IEnumerable<string> Ids => [NewPerson, LapsingPerson, NewPlace, NewOrganisation, NewCollection, DraftId, LapsingId];

    public static string DraftId => RecordId.For(Archive, "draft-2");

    /// <summary>The JSON Lines of the hidden authorities and records, citing <paramref name="existingPerson"/>, <paramref name="existingPlace"/> and <paramref name="existingCollection"/>.</summary>
    public static IEnumerable<string> Lines(DateTimeOffset now, string existingPerson, string existingPlace, string existingCollection)
    {
        yield return Authority(NewPerson, AuthorityKind.Person, "Zebulon Hiddenfield");
        yield return Authority(LapsingPerson, AuthorityKind.Person, "Ulyana Lapsington");
        yield return Authority(NewPlace, AuthorityKind.Place, "Hiddenport");
        yield return Authority(NewOrganisation, AuthorityKind.Organisation, "Hidden Works Committee");
        yield return JsonSerializer.Serialize(new { type = "collection", collection = new { id = NewCollection, title = "A hidden collection" } }, RecordJson.Options);
        yield return RecordJson.Serialize(Hidden("draft-2", RecordStatus.Draft, null, existingPerson, existingPlace, existingCollection, NewPerson));
        yield return RecordJson.Serialize(Hidden("withdrawn-1", RecordStatus.Withdrawn, null, existingPerson, NewPlace, "invented-letters", NewPerson));
        yield return RecordJson.Serialize(Hidden("sealed-1", RecordStatus.Published, new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero), NewPerson, existingPlace, NewCollection, existingPerson));
        var lapsing = Hidden("lapsing-1", RecordStatus.Published, now.AddDays(1), LapsingPerson, existingPlace, existingCollection, existingPerson);
        lapsing.Layers[0].Text += " The " + LapsingWord + " arrived.";
        yield return RecordJson.Serialize(lapsing);
    }

    private static string Authority(string id, AuthorityKind kind, string name) =>
        JsonSerializer.Serialize(new { type = "authority", authority = new Authority { Id = id, Kind = kind, PreferredName = name, Variants = [new NameVariant { Name = name }] } }, RecordJson.Options);

    private static ArchiveRecord Hidden(string sourceId, RecordStatus status, DateTimeOffset? embargo, string person, string place, string collection, string otherPerson) => new()
    {
        Source = new SourceIdentifier { Archive = Archive, RecordId = sourceId },
        Title = "Khrushchev and the lighthouse keeper at the harbour " + sourceId,
        Date = HistoricalDate.Day(new DateOnly(1961, 5, 2)),
        Status = status,
        EmbargoUntil = embargo,
        OriginalLanguages = ["en"],
        Layers =
        [
            new TextLayer
            {
                Kind = LayerKind.Transcription,
                Lang = "en",
                Text = "Khrushchev Khrushchev Khrushchev said the lighthouse keeper at the harbour asked for lamp oil; the quarantine station wrote "
                    + InventedRecords.Script + " to Khrushchev about Vienna and Berlin.",
            },
        ],
        People = [new EntityLink { Name = "Khrushchev", AuthorityId = person }, new EntityLink { Name = "Someone", AuthorityId = otherPerson }],
        Places = [new EntityLink { Name = "Harbour", AuthorityId = place }],
        Organisations = [new EntityLink { Name = "Hidden Works Committee", AuthorityId = NewOrganisation }],
        Subjects = ["Hidden subject"],
        Collections = [new CollectionMembership { CollectionId = collection, Title = "AAA hidden title", Number = "0" }],
        ArchivalReference = new ArchivalReference { Repository = "HIDDENARCH", Fond = "1", Opis = "2", Delo = "3" },
    };
}
