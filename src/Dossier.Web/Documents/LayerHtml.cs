using System.Globalization;
using Dossier.Core.Records;
using Microsoft.AspNetCore.Html;

namespace Dossier.Web.Documents;

/// <summary>
/// Writes a layer's running text as HTML. The text is whitespace-significant (line breaks are the source's),
/// so it is built here without template indentation. Record text only ever goes through
/// <see cref="HtmlContentBuilder.Append(string)"/>, which HTML-encodes; markup is the builder's own.
/// </summary>
public static class LayerHtml
{
    public static IHtmlContent Render(LayerView layer, int totalHits)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var html = new HtmlContentBuilder();
        AppendPieces(html, layer.Pieces, totalHits);
        return html;
    }

    /// <summary>
    /// The footnotes of one layer or of several beads of it (an aligned reading), each with its mark, its text with the
    /// search matches marked, and a link back to where it stands; nothing when there are none.
    /// </summary>
    public static IHtmlContent Notes(IReadOnlyList<NoteView> notes, string lang, string label, int totalHits)
    {
        ArgumentNullException.ThrowIfNull(notes);
        var html = new HtmlContentBuilder();
        if (notes.Count == 0)
        {
            return html;
        }
        html.AppendHtml("<section class=\"notes\" aria-label=\"");
        html.Append(label);
        html.AppendHtml("\"><ol>");
        foreach (var note in notes)
        {
            html.AppendHtml("<li id=\"" + note.Anchor + "\" lang=\"");
            html.Append(lang);
            html.AppendHtml("\"><span class=\"note-label\">");
            html.Append(note.Label);
            html.AppendHtml("</span> ");
            AppendPieces(html, note.Pieces, totalHits);
            html.AppendHtml(" <a href=\"#" + note.BackAnchor + "\" aria-label=\"Back to the text\">↩</a></li>");
        }
        html.AppendHtml("</ol></section>");
        return html;
    }

    private static void AppendPieces(HtmlContentBuilder html, IEnumerable<LayerPiece> pieces, int totalHits)
    {
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case TextRun { Hit: null } run:
                    html.Append(run.Text);
                    break;
                case TextRun run:
                    AppendHit(html, run.Text, run.Hit!.Value, totalHits);
                    break;
                case PageBreak page:
                    AppendPage(html, page);
                    break;
                case NoteReference note:
                    html.AppendHtml("<sup class=\"note-ref\"><a id=\"" + note.BackAnchor + "\" href=\"#" + note.Anchor + "\">");
                    html.Append(note.Label);
                    html.AppendHtml("</a></sup>");
                    break;
            }
        }
    }

    private static void AppendHit(HtmlContentBuilder html, string text, int hit, int totalHits)
    {
        var n = hit.ToString(CultureInfo.InvariantCulture);
        html.AppendHtml("<mark id=\"hit-" + n + "\" class=\"hit\">");
        html.Append(text);
        html.AppendHtml("</mark>");
        // Server-rendered prev/next links let keyboard users walk the matches without script.
        html.AppendHtml("<span class=\"hit-nav\">");
        if (hit > 1)
        {
            html.AppendHtml("<a href=\"#hit-" + (hit - 1).ToString(CultureInfo.InvariantCulture) + "\" aria-label=\"Previous match\">‹</a>");
        }
        if (hit < totalHits)
        {
            html.AppendHtml("<a href=\"#hit-" + (hit + 1).ToString(CultureInfo.InvariantCulture) + "\" aria-label=\"Next match\">›</a>");
        }
        html.AppendHtml("</span>");
    }

    /// <summary>
    /// A page break is an inline marker inside the running text, so a word or a paragraph that runs over the page
    /// reads on unbroken ("слу[Page 120]жит"). What stands in the page's margins is listed after the text
    /// (<see cref="Marginalia"/>), and the marker links to it. A first page without a number needs no marker.
    /// </summary>
    private static void AppendPage(HtmlContentBuilder html, PageBreak page)
    {
        var label = page.Number is null ? (page.IsFirst ? null : "New page") : "Page " + page.Number;
        if (label is null && page.Marginalia.Count == 0)
        {
            return;
        }
        html.AppendHtml("<span class=\"page-break" + (page.IsFirst ? " first" : "") + (page.InsideWord ? " in-word" : "") + "\" id=\"" + page.Anchor + "\" role=\"note\">");
        if (label is not null)
        {
            html.AppendHtml("<span class=\"page-number\">");
            html.Append(label);
            html.AppendHtml("</span>");
        }
        if (page.Marginalia.Count > 0)
        {
            html.AppendHtml("<a class=\"marginalia-link\" href=\"#" + page.Anchor + "-margins\">");
            html.Append(page.Marginalia.Count == 1 ? "1 marginal note" : page.Marginalia.Count.ToString(CultureInfo.InvariantCulture) + " marginal notes");
            html.AppendHtml("</a>");
        }
        html.AppendHtml("</span>");
    }

    /// <summary>The margins of the pages that begin in <paramref name="layer"/>, each after the text with the page it stands on.</summary>
    public static IHtmlContent Marginalia(LayerView layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var html = new HtmlContentBuilder();
        foreach (var page in layer.Pieces.OfType<PageBreak>().Where(p => p.Marginalia.Count > 0))
        {
            var where = page.Number is null ? (page.IsFirst ? "first page" : "next page") : "page " + page.Number;
            html.AppendHtml("<aside class=\"marginalia\" id=\"" + page.Anchor + "-margins\" aria-label=\"");
            html.Append("In the margins of the " + where);
            html.AppendHtml("\"><ul>");
            foreach (var marginal in page.Marginalia)
            {
                html.AppendHtml("<li class=\"marginal " + KindClass(marginal.Kind) + "\"><span class=\"marginal-kind\">");
                html.Append(KindLabel(marginal.Kind));
                html.AppendHtml("</span> ");
                html.Append(marginal.Text);
                html.AppendHtml("</li>");
            }
            html.AppendHtml("</ul><a class=\"back-to-page\" href=\"#" + page.Anchor + "\">↩ ");
            html.Append(where);
            html.AppendHtml("</a></aside>");
        }
        return html;
    }

    private static string KindClass(MarginalKind kind) => kind switch
    {
        MarginalKind.Stamp => "stamp",
        MarginalKind.Folio => "folio",
        _ => "note",
    };

    private static string KindLabel(MarginalKind kind) => kind switch
    {
        MarginalKind.Stamp => "Stamp:",
        MarginalKind.Folio => "Folio:",
        _ => "Margin note:",
    };
}
