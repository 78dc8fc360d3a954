using Dossier.Core.Records;
using Dossier.Core.Scans;
using Microsoft.AspNetCore.Html;

namespace Dossier.Web.Scans;

/// <summary>One page of a record's scans beside the text read from it, with the words a search matched.</summary>
public sealed class ScanViewerModel
{
    public required string RecordId { get; init; }

    public required IReadOnlyList<ScanPage> Scans { get; init; }

    /// <summary>0-based index of the page shown.</summary>
    public required int Current { get; init; }

    public ScanPage Page => Scans[Current];

    /// <summary>The OCR layer the text comes from, when the pages were read.</summary>
    public TextLayer? Layer { get; init; }

    /// <summary>The page's text cut into runs, each marked when a search term matched it.</summary>
    public IReadOnlyList<(string Text, bool Hit)> Text { get; init; } = [];

    /// <summary>Boxes (image pixels: x, y, width, height) of the words on the page a search matched.</summary>
    public IReadOnlyList<int[]> Boxes { get; init; } = [];

    public string? Terms { get; init; }

    /// <summary>The page's text as HTML: encoded, the matched runs in &lt;mark&gt;, no white space added between runs.</summary>
    public IHtmlContent TextHtml
    {
        get
        {
            var html = new HtmlContentBuilder();
            foreach (var (text, hit) in Text)
            {
                if (hit)
                {
                    html.AppendHtml("<mark class=\"scan-hit\">").Append(text).AppendHtml("</mark>");
                }
                else
                {
                    html.Append(text);
                }
            }
            return html;
        }
    }

    public string Label(int index) => Scans[index].Label ?? ScanPaths.Label(Scans[index].Number);

    public string LinkTo(int index)
    {
        var query = "?page=" + Scans[index].Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(Terms))
        {
            query += "&hl=" + Uri.EscapeDataString(Terms);
        }
        return "/documents/" + Uri.EscapeDataString(RecordId) + query + "#scans";
    }

    public string InfoUrl => Page.ImageServicePath + "/info.json";

    /// <summary>The page at most 800 pixels wide (never enlarged): what a reader without JavaScript sees.</summary>
    public string StillUrl =>
        Page.ImageServicePath + "/full/" + Math.Min(800, Page.Width).ToString(System.Globalization.CultureInfo.InvariantCulture) + ",/0/default.jpg";

    public string FullUrl => Page.ImageServicePath + "/full/max/0/default.jpg";
}
