using System.Net;
using System.Text.RegularExpressions;
using Dossier.Web.Tests.Support;

namespace Dossier.Web.Tests.Pages;

public sealed class DocumentPageTests(ReadingRoomFixture room)
{
    private string Letter => "/documents/" + room.IdOf("lighthouse-1");

    [Fact]
    public async Task Should_show_the_original_beside_the_translation_with_their_languages()
    {
        var html = await room.Client.GetPageAsync(Letter);

        var pair = html[html.IndexOf("class=\"layer-pair two\"", StringComparison.Ordinal)..];
        var russian = pair.IndexOf("lang=\"ru\" dir=\"ltr\"", StringComparison.Ordinal);
        var english = pair.IndexOf("lang=\"en\" dir=\"ltr\"", StringComparison.Ordinal);
        Assert.InRange(russian, 0, english);
        Assert.Contains("Смотритель северного маяка", html, StringComparison.Ordinal);
        Assert.Contains("Translated by A. Tester", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"1958-06-01\">1 June 1958</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_show_page_breaks_marginalia_and_footnotes()
    {
        var html = await room.Client.GetPageAsync(Letter);

        Assert.Contains(">Page 8</span>", html, StringComparison.Ordinal);
        Assert.Matches("<aside class=\"marginalia\"[^>]*><ul><li class=\"marginal note\"><span class=\"marginal-kind\">Margin note:</span> срочно</li>", html);
        Assert.Contains("href=\"#note-1-1\">1</a></sup>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"note-1-1\" lang=\"en\"><span class=\"note-label\">1</span> Kerosene, most likely.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_find_a_word_of_a_footnote_and_mark_it_in_the_footnote()
    {
        var found = await room.Client.GetPageAsync("/search?q=kerosene");
        Assert.Contains("Letter from the lighthouse keeper", found, StringComparison.Ordinal);
        Assert.Matches("<figcaption>[^<]* — footnotes</figcaption>\\s*<blockquote lang=\"en\"[^>]*><mark>Kerosene</mark>, most likely", found);

        var html = await room.Client.GetPageAsync(Letter + "?q=kerosene");

        Assert.Contains("<li id=\"note-1-1\" lang=\"en\"><span class=\"note-label\">1</span> <mark id=\"hit-1\" class=\"hit\">Kerosene</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_mark_an_ocr_layer_as_machine_read_with_its_confidence()
    {
        var html = await room.Client.GetPageAsync(Letter);

        Assert.Contains("Machine-read (OCR, tesseract 5.3.0), confidence 82", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_mark_search_terms_with_links_to_the_previous_and_next_match()
    {
        var html = await room.Client.GetPageAsync(Letter + "?q=lighthouse");

        var marks = Regex.Matches(html, "<mark id=\"hit-(\\d+)\" class=\"hit\">([^<]+)</mark>");
        Assert.True(marks.Count >= 2, html);
        Assert.All(marks, m => Assert.Equal("lighthouse", m.Groups[2].Value, ignoreCase: true));
        Assert.Contains("href=\"#hit-2\" aria-label=\"Next match\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#hit-1\" aria-label=\"Previous match\"", html, StringComparison.Ordinal);
        Assert.Contains("first match", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_choose_the_layers_shown_from_the_url()
    {
        var html = await room.Client.GetPageAsync(Letter + "?left=1&right=0");

        var pair = html[html.IndexOf("class=\"layer-pair two\"", StringComparison.Ordinal)..];
        Assert.InRange(pair.IndexOf("lang=\"en\" dir", StringComparison.Ordinal), 0, pair.IndexOf("lang=\"ru\" dir", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_redirect_a_source_record_id_to_the_archive_id()
    {
        using var response = await room.Client.GetAsync(new Uri("/documents/lighthouse-1?q=oil", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        // The readable address: the stable id, then the title's words.
        Assert.Equal(Letter + "/letter-from-the-lighthouse-keeper?q=oil", response.Headers.Location?.OriginalString);
    }
}
