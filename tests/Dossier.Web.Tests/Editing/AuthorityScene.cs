using Dossier.Core.Authorities;
using Dossier.Core.Editing;
using Dossier.Core.Records;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// Two person authorities that are one man — Khrushchev (with Cyrillic and Persian spellings) and a German
/// "Chruschtschow" with a French variant — each cited by a published letter, and a third person cited only by a draft.
/// Written through the archive's own paths: the authorities into the store, the records through the editorial workspace.
/// </summary>
internal sealed record AuthorityScene(string KeepId, string MergeId, string DraftOnlyId, string KeepRecord, string MergeRecord, string DraftRecord)
{
    public const string Persian = "خروشچف";
    public const string Cyrillic = "Хрущёв, Никита Сергеевич";
    public const string FrenchVariant = "Khrouchtchev";

    public static async Task<AuthorityScene> CreateAsync(EditingRoom room)
    {
        var ct = TestContext.Current.CancellationToken;
        var keep = Person("Khrushchev, Nikita S.", new NameVariant { Name = Cyrillic, Lang = "ru" }, new NameVariant { Name = Persian, Lang = "fa" });
        keep.SourceKeys.Add("frus1961-63v05#p_KNS1");
        var merge = Person("Chruschtschow, Nikita", new NameVariant { Name = FrenchVariant, Lang = "fr" });
        merge.SourceKeys.Add("aapd1961#chr");
        var hidden = Person("Quolltraveller, Ilse", new NameVariant { Name = "Quollreisende", Lang = "de" });
        await room.Archive.Store.Authorities.UpsertAsync([keep, merge, hidden], ct);

        var keepRecord = await PublishedAsync(room, Letter("khrushchev-plenum", "Speech at the plenum", "Khrushchev spoke at the plenum about the harvest.", "Khrushchev", keep.Id));
        var mergeRecord = await PublishedAsync(room, Letter("chruschtschow-bonn", "Report from Bonn", "Chruschtschow wurde in Bonn erwartet.", "Chruschtschow", merge.Id));
        var draft = (await room.Desk.RunAsync(w => w.CreateAsync(Letter("quoll-draft", "Unfinished note", "A note on the traveller.", "Quolltraveller", hidden.Id), "scene", ct), ct)).Current!;
        return new AuthorityScene(keep.Id, merge.Id, hidden.Id, keepRecord, mergeRecord, draft.RecordId);
    }

    private static Authority Person(string heading, params NameVariant[] variants) => new()
    {
        Id = AuthorityId.For(AuthorityKind.Person, heading),
        Kind = AuthorityKind.Person,
        PreferredName = heading,
        Variants = [.. variants],
    };

    private static ArchiveRecord Letter(string key, string title, string text, string name, string authorityId) => new()
    {
        Source = new SourceIdentifier { Archive = "Dossier authority test", RecordId = key },
        Title = title,
        Date = HistoricalDate.Day(new DateOnly(1961, 6, 4)),
        OriginalLanguages = ["en"],
        Layers = [new TextLayer { Kind = LayerKind.Transcription, Lang = "en", Text = text }],
        People = [new EntityLink { Name = name, AuthorityId = authorityId }],
    };

    private static async Task<string> PublishedAsync(EditingRoom room, ArchiveRecord record)
    {
        var ct = TestContext.Current.CancellationToken;
        var created = (await room.Desk.RunAsync(w => w.CreateAsync(record, "scene", ct), ct)).Current!;
        var published = await room.Desk.RunAsync(w => w.PublishAsync(created.RecordId, null, "scene", null, ct), ct);
        Assert.Equal(EditOutcome.Saved, published.Outcome);
        return created.RecordId;
    }
}
