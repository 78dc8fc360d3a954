using System.Net;
using System.Text.RegularExpressions;
using Dossier.Testing.Accounts;
using Dossier.Web.Accounts;
using Dossier.Web.Tests.Accounts;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Editing;

/// <summary>
/// The authority page's three forms (edit, merge, split) carry anti-forgery tokens, and a merge posted without one —
/// a forged request riding an editor's session — is refused with nothing merged.
/// </summary>
public sealed partial class AuthorityFormTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_protect_every_authority_form_and_refuse_a_merge_without_a_token()
    {
        await using var room = await EditingRoom.StartAsync(DateTimeOffset.UtcNow);
        var scene = await AuthorityScene.CreateAsync(room);
        using var editor = room.NewCookieClient();
        await TestAccounts.SignInAsync(editor, Desks.For(room.Services), ArchiveRoles.Editor, Cancel);

        var html = await editor.GetPageAsync("/workspace/authorities/" + scene.KeepId);
        var forms = PostForm().Matches(html).Select(m => m.Value).ToList();
        Assert.Equal(3, forms.Count);
        Assert.All(forms, f => Assert.Contains("name=\"__RequestVerificationToken\"", f, StringComparison.Ordinal));

        using var forged = new FormUrlEncodedContent([new("other", scene.MergeId)]);
        using var refused = await editor.PostAsync(new Uri($"/workspace/authorities/{scene.KeepId}?handler=Merge", UriKind.Relative), forged, Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull(await room.Archive.Store.Authorities.FindAsync(scene.MergeId, Cancel));

        // The same post with the page's token merges.
        var token = await TestAccounts.FormTokenAsync(editor, "/workspace/authorities/" + scene.KeepId, Cancel);
        using var signed = new FormUrlEncodedContent([new("other", scene.MergeId), new("__RequestVerificationToken", token)]);
        using var genuine = await editor.PostAsync(new Uri($"/workspace/authorities/{scene.KeepId}?handler=Merge", UriKind.Relative), signed, Cancel);
        Assert.Equal(HttpStatusCode.Redirect, genuine.StatusCode);
        Assert.Null(await room.Archive.Store.Authorities.FindAsync(scene.MergeId, Cancel));
    }

    [GeneratedRegex("<form\\b[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostForm();
}
