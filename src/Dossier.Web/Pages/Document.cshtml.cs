using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Web.Catalogue;
using Dossier.Web.Documents;
using Dossier.Web.Searching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Pages;

/// <summary>
/// A document: its description, citation and text layers side by side (by default the transcription or
/// original left, the translation right; ?left=&amp;right= choose the pair), with search terms marked when
/// arriving from a search (?q= or ?hl=).
/// </summary>
public sealed class DocumentModel(DocumentService documents, SearchService search, DocumentNeighbours neighbours) : PageModel
{
    public ArchiveRecord Record { get; private set; } = null!;

    public IReadOnlyList<LayerView> Shown { get; private set; } = [];

    public int LeftIndex { get; private set; } = -1;

    public int RightIndex { get; private set; } = -1;

    public int Hits { get; private set; }

    /// <summary>The two layers bead by bead when the record holds their alignment; null to read them whole.</summary>
    public IReadOnlyList<AlignedRow>? Rows { get; private set; }

    /// <summary>The layers not shown side by side, for the phone's switch (one text at a time, every layer offered).</summary>
    public IReadOnlyList<LayerView> Others { get; private set; } = [];

    public double? AlignmentScore => LeftIndex >= 0 && RightIndex >= 0 ? AlignedReading.Find(Record, LeftIndex, RightIndex)?.Alignment.Score : null;

    public IReadOnlyList<CollectionNeighbours> InCollections { get; private set; } = [];

    public IReadOnlyList<(Core.Storage.CatalogueTitle Entry, string Why)> Related { get; private set; } = [];

    /// <summary>The page's permanent address, absolute, as printed with it.</summary>
    public string Permalink => Request.Scheme + "://" + Request.Host + DocumentPath.Of(Record.Id, Record.Title);

    public string? Terms { get; private set; }

    public string Citation => DocumentService.CitationOf(Record);

    /// <summary>The citation box and Zotero's meta tags, from the record model and this installation's name.</summary>
    public Citations.CitationBox CitationBox => field ??= Citations.CitationBox.For(Record, Request, HttpContext.RequestServices.GetRequiredService<Citations.CitationSettings>());

    public string? Reference => DocumentService.ReferenceOf(Record.ArchivalReference);

    /// <summary>The page of the archival tree's shelf the reference puts this document on, beside the others filed there.</summary>
    public string? ShelfHref => Record.ArchivalReference is { } reference && ArchivalPlace.ShelfOf(reference) is { } shelf ? ArchiveShelf.Href(shelf) : null;

    public async Task<IActionResult> OnGetAsync(string id, string? left, string? right, string? q, string? hl, CancellationToken cancellationToken)
    {
        var found = await documents.LookUpAsync(id, cancellationToken).ConfigureAwait(false);
        if (found.RedirectTo is { } canonical)
        {
            // Permanent: a source id always names the same record, so links and bookmarks may be updated.
            return RedirectPermanent(DocumentPath.Of(canonical, found.Record!.Title) + Request.QueryString);
        }
        if (found.Record is null)
        {
            return NotFound();
        }
        Record = found.Record;
        (LeftIndex, RightIndex) = ChoosePair(Record.Layers, ParseIndex(left), ParseIndex(right));
        Terms = string.IsNullOrWhiteSpace(q) ? hl : q;
        var matcher = await MatcherAsync(Terms, cancellationToken).ConfigureAwait(false);

        // Lay out twice: the first pass counts the hits so every mark knows whether a next one exists.
        var counting = new LayerLayout(matcher);
        foreach (var index in new[] { LeftIndex, RightIndex }.Where(i => i >= 0))
        {
            counting.Lay(Record.Layers[index], index);
        }
        Hits = counting.Hits;
        var layout = new LayerLayout(matcher);
        Shown = new[] { LeftIndex, RightIndex }.Where(i => i >= 0).Select(i => layout.Lay(Record.Layers[i], i)).ToList();
        if (LeftIndex >= 0 && RightIndex >= 0)
        {
            // Hits are numbered in the order the rows are read, so the aligned reading gets its own layout pass.
            Rows = AlignedReading.Lay(Record, LeftIndex, RightIndex, new LayerLayout(matcher));
        }
        // Without marks: the hits are numbered in the shown texts only, and ids stay unique on the page.
        var plain = new LayerLayout(new WordMatcher([]));
        Others = Enumerable.Range(0, Record.Layers.Count).Where(i => i != LeftIndex && i != RightIndex).Select(i => plain.Lay(Record.Layers[i], i)).ToList();
        (InCollections, Related) = await neighbours.AroundAsync(Record, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary>The query's own words, plus what the index highlighted in this record's snippets (other scripts and spellings).</summary>
    private Task<WordMatcher> MatcherAsync(string? terms, CancellationToken cancellationToken)
        => WordMatcher.ForRecordAsync(search, Record.Id, terms, cancellationToken);

    private static int? ParseIndex(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;

    internal static (int Left, int Right) ChoosePair(IReadOnlyList<TextLayer> layers, int? left, int? right)
    {
        bool Valid(int? i) => i is { } n && n >= 0 && n < layers.Count;
        int First(Func<TextLayer, bool> predicate, int except)
        {
            for (var i = 0; i < layers.Count; i++)
            {
                if (i != except && predicate(layers[i]))
                {
                    return i;
                }
            }
            return -1;
        }
        var l = Valid(left) ? left!.Value : First(x => x.Kind == LayerKind.Transcription, -1);
        if (l < 0)
        {
            l = First(x => x.Kind == LayerKind.Original, -1);
        }
        if (l < 0)
        {
            l = layers.Count > 0 ? 0 : -1;
        }
        var r = Valid(right) && right != l ? right!.Value : First(x => x.Kind == LayerKind.Translation, l);
        if (r < 0 && right is null)
        {
            r = First(_ => true, l);
        }
        return (l, r);
    }

    public static string LayerLabel(TextLayer layer, int index)
    {
        ArgumentNullException.ThrowIfNull(layer);
        var kind = layer.Kind.ToString();
        return (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ". " + kind + " — " + LanguageNames.Of(layer.Lang);
    }

    /// <summary>Only web addresses become links: a "javascript:" URL in imported data stays text.</summary>
    public static bool IsWebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static string RoleName(ContributorRole role) => role switch
    {
        ContributorRole.Contributor => "Contributed by",
        ContributorRole.Translator => "Translated by",
        ContributorRole.Author => "Author",
        ContributorRole.Recipient => "Recipient",
        ContributorRole.Editor => "Edited by",
        _ => "Transcribed by",
    };
}
