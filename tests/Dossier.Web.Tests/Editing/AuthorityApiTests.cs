using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dossier.Core.Audit;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Accounts;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// Issue 11 item 2 through the JSON API with an editor's token: a merge relinks every citing record in the store,
/// the merged id answers 301 with the survivor's page, and a search for the merged authority's own variant finds the
/// records the survivor's page lists; a split moves the chosen variant and records; an edit of an authority cited only
/// by a draft leaves it invisible. Each change is in the audit log.
/// </summary>
public sealed class AuthorityApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_merge_by_relinking_every_record_so_the_merged_variant_finds_them_on_the_survivor()
    {
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var scene = await AuthorityScene.CreateAsync(room);
        using var editor = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(Desks.For(room.Services), ArchiveRoles.Editor, Cancel));
        // Before: the French spelling belongs to the merged authority only, so it finds the Bonn report and not the plenum speech.
        var before = await SearchAsync(room.Client, AuthorityScene.FrenchVariant);
        Assert.Contains(scene.MergeRecord, before);
        Assert.DoesNotContain(scene.KeepRecord, before);

        using var merged = await editor.PostAsJsonAsync(new Uri($"/api/people/{scene.KeepId}/merge", UriKind.Relative), new { other = scene.MergeId }, Cancel);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var kept = JsonDocument.Parse(await merged.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal("Khrushchev, Nikita S.", kept.GetProperty("preferred_name").GetString());
        var variants = kept.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("name").GetString()).ToList();
        Assert.Contains("Chruschtschow, Nikita", variants);
        Assert.Contains(AuthorityScene.FrenchVariant, variants);
        Assert.Contains(AuthorityScene.Persian, variants);

        // The store: the Bonn report now cites the survivor; the merged authority is gone, its source key moved, its id kept.
        var report = await room.Archive.Store.Records.FindAsync(scene.MergeRecord, Cancel);
        Assert.Equal(scene.KeepId, Assert.Single(report!.People).AuthorityId);
        Assert.Empty(await room.Archive.Store.Authorities.RecordIdsCitingAsync(scene.MergeId, Cancel));
        Assert.Null(await room.Archive.Store.Authorities.FindAsync(scene.MergeId, Cancel));
        var survivor = (await room.Archive.Store.Authorities.FindAsync(scene.KeepId, Cancel))!;
        Assert.Contains("aapd1961#chr", survivor.SourceKeys);
        Assert.Equal([scene.MergeId], survivor.MergedIds!);

        // The old address answers with the survivor's, whose page lists both records.
        using var old = await room.Client.GetAsync(new Uri("/people/" + scene.MergeId, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/people/" + scene.KeepId, old.Headers.Location!.OriginalString);
        using var oldApi = await room.Client.GetAsync(new Uri("/api/people/" + scene.MergeId, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.MovedPermanently, oldApi.StatusCode);
        Assert.Equal("/api/people/" + scene.KeepId, oldApi.Headers.Location!.OriginalString);
        var page = await room.Client.GetPageAsync("/people/" + scene.KeepId);
        Assert.Contains("Report from Bonn", page, StringComparison.Ordinal);
        Assert.Contains("Speech at the plenum", page, StringComparison.Ordinal);

        // Search, at once: the merged authority's French variant now finds the survivor's records, the plenum speech too.
        var after = await SearchAsync(room.Client, AuthorityScene.FrenchVariant);
        Assert.Contains(scene.KeepRecord, after);
        Assert.Contains(scene.MergeRecord, after);

        var audit = await room.Archive.Audit!.ReadAsync(new AuditQuery { Action = AuditActions.AuthoritiesMerged }, Cancel);
        Assert.Contains(scene.MergeId, Assert.Single(audit).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_split_the_chosen_variants_and_records_off_and_refuse_what_cannot_be()
    {
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var scene = await AuthorityScene.CreateAsync(room);
        using var editor = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(Desks.For(room.Services), ArchiveRoles.Editor, Cancel));
        using var merged = await editor.PostAsJsonAsync(new Uri($"/api/people/{scene.KeepId}/merge", UriKind.Relative), new { other = scene.MergeId }, Cancel);
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);

        using var split = await editor.PostAsJsonAsync(new Uri($"/api/people/{scene.KeepId}/split", UriKind.Relative),
            new { variants = new[] { "Chruschtschow, Nikita", AuthorityScene.FrenchVariant }, records = new[] { scene.MergeRecord } }, Cancel);
        Assert.Equal(HttpStatusCode.Created, split.StatusCode);
        var created = JsonDocument.Parse(await split.Content.ReadAsStringAsync(Cancel)).RootElement;
        var newId = created.GetProperty("id").GetString()!;
        Assert.Equal("/api/people/" + newId, split.Headers.Location!.OriginalString);
        Assert.Equal("Chruschtschow, Nikita", created.GetProperty("preferred_name").GetString());
        Assert.Equal(newId, Assert.Single((await room.Archive.Store.Records.FindAsync(scene.MergeRecord, Cancel))!.People).AuthorityId);
        Assert.Equal(scene.KeepId, Assert.Single((await room.Archive.Store.Records.FindAsync(scene.KeepRecord, Cancel))!.People).AuthorityId);
        var kept = (await room.Archive.Store.Authorities.FindAsync(scene.KeepId, Cancel))!;
        Assert.DoesNotContain(kept.Variants, v => v.Name == AuthorityScene.FrenchVariant);
        Assert.Contains("Report from Bonn", await room.Client.GetPageAsync("/people/" + newId), StringComparison.Ordinal);
        Assert.Single(await room.Archive.Audit!.ReadAsync(new AuditQuery { Action = AuditActions.AuthoritySplit, Target = scene.KeepId }, Cancel));

        // Refused, with the reason, and nothing written: a record that does not cite it, a variant it lacks, itself, another kind.
        await RefusedAsync(editor, $"/api/people/{scene.KeepId}/split", new { variants = new[] { AuthorityScene.Persian }, records = new[] { scene.DraftRecord } }, "records not citing");
        await RefusedAsync(editor, $"/api/people/{scene.KeepId}/split", new { variants = new[] { "Nobody" }, records = Array.Empty<string>() }, "not variants of");
        await RefusedAsync(editor, $"/api/people/{scene.KeepId}/merge", new { other = scene.KeepId }, "into itself");
        Assert.Equal(HttpStatusCode.NotFound, (await editor.PostAsJsonAsync(new Uri($"/api/places/{scene.KeepId}/merge", UriKind.Relative), new { other = newId }, Cancel)).StatusCode);
        Assert.Contains(AuthorityScene.Persian, (await room.Archive.Store.Authorities.FindAsync(scene.KeepId, Cancel))!.Variants.Select(v => v.Name));
    }

    [Fact]
    public async Task Should_edit_an_authority_in_several_scripts_and_keep_one_cited_only_by_a_draft_hidden()
    {
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var scene = await AuthorityScene.CreateAsync(room);
        using var editor = room.NewClient().WithBearer(await TestAccounts.BearerTokenFor(Desks.For(room.Services), ArchiveRoles.Editor, Cancel));
        // The finder has read the people before the edit (and keeps them while the archive stands still).
        Assert.Contains(scene.KeepId, await room.Client.GetPageAsync("/api/people?q=Khrushchev"), StringComparison.Ordinal);
        Assert.DoesNotContain(scene.KeepId, await room.Client.GetPageAsync("/api/people?q=" + Uri.EscapeDataString("نیکیتا")), StringComparison.Ordinal);

        using var edited = await editor.PutAsJsonAsync(new Uri("/api/people/" + scene.KeepId, UriKind.Relative), new
        {
            preferred_name = "Khrushchev, Nikita Sergeyevich",
            description = "First Secretary; نخست‌وزیر شوروی",
            variants = new object[] { new { name = AuthorityScene.Cyrillic, lang = "ru" }, new { name = "نیکیتا خروشچف", lang = "fa" } },
        }, Cancel);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var stored = (await room.Archive.Store.Authorities.FindAsync(scene.KeepId, Cancel))!;
        Assert.Equal("Khrushchev, Nikita Sergeyevich", stored.PreferredName);
        Assert.Equal([AuthorityScene.Cyrillic, "نیکیتا خروشچف"], stored.Variants.Select(v => v.Name).ToArray());
        Assert.Equal(["frus1961-63v05#p_KNS1"], stored.SourceKeys.ToArray());
        var page = await room.Client.GetPageAsync("/people/" + scene.KeepId);
        Assert.Contains("Khrushchev, Nikita Sergeyevich", page, StringComparison.Ordinal);
        Assert.Contains("نیکیتا خروشچف", page, StringComparison.Ordinal);
        // The finder answers from the edited authority at once: the spelling the edit added finds him, under his new heading.
        var found = await room.Client.GetPageAsync("/api/people?q=" + Uri.EscapeDataString("نیکیتا"));
        Assert.Contains(scene.KeepId, found, StringComparison.Ordinal);
        Assert.Contains("Khrushchev, Nikita Sergeyevich", found, StringComparison.Ordinal);
        Assert.Contains("Khrushchev, Nikita Sergeyevich", await room.Client.GetPageAsync("/api/people?q=Khrushchev"), StringComparison.Ordinal);
        await RefusedAsync(editor, "/api/people/" + scene.KeepId, new { preferred_name = " ", variants = Array.Empty<object>() }, "preferred name", HttpMethod.Put);
        await RefusedAsync(editor, "/api/people/" + scene.KeepId, new { preferred_name = "X", variants = new object[] { new { name = "Y", lang = "not a tag!" } } }, "BCP-47", HttpMethod.Put);

        // An authority only a draft cites: an editor may edit it, and it stays out of every public answer.
        using var hidden = await editor.PutAsJsonAsync(new Uri("/api/people/" + scene.DraftOnlyId, UriKind.Relative),
            new { preferred_name = "Quolltraveller, Ilse", variants = new object[] { new { name = "Quollwanderin", lang = "de" } } }, Cancel);
        Assert.Equal(HttpStatusCode.OK, hidden.StatusCode);
        await room.Client.GetPageAsync("/people/" + scene.DraftOnlyId, HttpStatusCode.NotFound);
        await room.Client.GetPageAsync("/api/people/" + scene.DraftOnlyId, HttpStatusCode.NotFound);
        Assert.DoesNotContain("Quoll", await room.Client.GetPageAsync("/api/people?q=Quollwanderin"), StringComparison.Ordinal);
        var finder = await room.Client.GetPageAsync("/people?q=Quollw");
        Assert.DoesNotContain("Quolltraveller", finder, StringComparison.Ordinal);
        Assert.DoesNotContain(scene.DraftOnlyId, finder, StringComparison.Ordinal);
        Assert.Empty(await SearchAsync(room.Client, "Quollwanderin"));
        Assert.Equal(2, (await room.Archive.Audit!.ReadAsync(new AuditQuery { Action = AuditActions.AuthorityEdited }, Cancel)).Count);
    }

    private static async Task RefusedAsync(HttpClient client, string path, object body, string reason, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        using var response = await client.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {text}");
        Assert.Contains(reason, text, StringComparison.Ordinal);
    }

    internal static async Task<List<string>> SearchAsync(HttpClient client, string query)
    {
        var json = await client.GetPageAsync("/api/search?q=" + Uri.EscapeDataString(query));
        return JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }
}
