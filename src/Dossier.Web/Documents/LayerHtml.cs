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
        foreach (var piece in layer.Pieces)
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
        return html;
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

    private static void AppendPage(HtmlContentBuilder html, PageBreak page)
    {
        html.AppendHtml("<span class=\"page-break" + (page.IsFirst ? " first" : "") + "\" id=\"" + page.Anchor + "\" role=\"note\">");
        html.Append(page.Number is null ? "Page break" : "Page " + page.Number);
        html.AppendHtml("</span>");
        if (page.Marginalia.Count == 0)
        {
            return;
        }
        html.AppendHtml("<aside class=\"marginalia\" aria-label=\"Marginalia\"><ul>");
        foreach (var marginal in page.Marginalia)
        {
            html.AppendHtml("<li class=\"marginal " + KindClass(marginal.Kind) + "\"><span class=\"marginal-kind\">");
            html.Append(KindLabel(marginal.Kind));
            html.AppendHtml("</span> ");
            html.Append(marginal.Text);
            html.AppendHtml("</li>");
        }
        html.AppendHtml("</ul></aside>");
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
