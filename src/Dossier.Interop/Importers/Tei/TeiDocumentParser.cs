using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Citations;

namespace Dossier.Interop.Importers.Tei;

/// <summary>One FRUS <c>&lt;div type="document"&gt;</c> to an <see cref="ArchiveRecord"/>.</summary>
internal static partial class TeiDocumentParser
{
    public static ArchiveRecord Parse(XElement div, TeiVolume volume, int position, List<Authority> newAuthorities)
    {
        var xmlId = Tei.XmlId(div) ?? "d" + (Tei.Attr(div, "n") ?? position.ToString(CultureInfo.InvariantCulture));
        var sourceRecordId = volume.Id + "/" + xmlId;
        var head = div.Element(Tei.Ns + "head");

        var text = new TeiTextBuilder(keepNotes: true);
        if (volume.CurrentPage is not null)
        {
            text.StartPage(volume.CurrentPage);
        }
        if (head is not null)
        {
            foreach (var note in head.Descendants(Tei.Ns + "note").Where(n => !n.Ancestors(Tei.Ns + "note").Any()))
            {
                text.AddNote(note);
            }
        }
        foreach (var node in div.Nodes().Where(n => n != head))
        {
            text.Add(node);
        }
        var running = text.ToString();
        if (text.Pages.Count > 0)
        {
            volume.CurrentPage = text.Pages[^1].Number;
        }

        var dateline = div.Descendants(Tei.Ns + "dateline").FirstOrDefault(d => !d.Ancestors(Tei.Ns + "note").Any());
        var sourceNote = text.SourceNotes.Select(TeiTextBuilder.PlainText).FirstOrDefault(t => t.Length > 0);
        var record = new ArchiveRecord
        {
            Source = new SourceIdentifier { Archive = Tei.Archive, RecordId = sourceRecordId, Url = Tei.UrlBase + sourceRecordId },
            Title = Title(head, Tei.Attr(div, "n")),
            Date = DateOf(dateline, div, head),
            PlaceOfWriting = dateline?.Descendants(Tei.Ns + "placeName").Select(TeiTextBuilder.PlainText).FirstOrDefault(p => p.Length > 0),
            Citation = sourceNote,
            ArchivalReference = sourceNote is null ? null : SourceNoteLevels.Read(TeiSourceNote.Parse(sourceNote)),
            Rights = "Public domain (U.S. Government work)",
            Collections = [new CollectionMembership { CollectionId = volume.Id, Title = volume.Title, Number = Tei.Attr(div, "n") }],
        };
        record.Id = RecordId.For(record.Source);
        record.Contributors.AddRange(volume.Editors.Select(e => new Contributor { Name = e, Role = ContributorRole.Editor }));

        TeiEntities.Link(div, volume, record, newAuthorities);

        var translated = IsTranslation(record, text, head, volume);
        record.OriginalLanguages = translated switch
        {
            Translation.FromRussian => ["ru"],
            Translation.Unknown => [],
            _ => ["en"],
        };
        record.Layers.Add(new TextLayer
        {
            Kind = translated == Translation.None ? LayerKind.Transcription : LayerKind.Translation,
            Lang = "en",
            Provenance = new LayerProvenance { Method = CaptureMethod.Manual, LanguageEvidence = "source" },
            Text = running,
            Pages = text.Pages,
            Notes = text.Notes,
        });
        return record;
    }

    private static string Title(XElement? head, string? number)
    {
        var title = head is null ? "" : DocumentNumber().Replace(TeiTextBuilder.PlainText(head), "").Trim();
        return title.Length > 0 ? title : "Document " + (number ?? "");
    }

    private static HistoricalDate? DateOf(XElement? dateline, XElement div, XElement? head)
    {
        var date = dateline?.Descendants(Tei.Ns + "date").FirstOrDefault();
        var parsed = date is null ? null : TeiDates.FromAttributes(
            Tei.Attr(date, "when"), Tei.Attr(date, "from") ?? Tei.Attr(date, "notBefore"), Tei.Attr(date, "to") ?? Tei.Attr(date, "notAfter"));
        parsed ??= date is null ? null : HistoricalDateParser.Parse(TeiTextBuilder.PlainText(date));
        parsed ??= TeiDates.FromAttributes(null, div.Attribute(Tei.Frus + "doc-dateTime-min")?.Value, div.Attribute(Tei.Frus + "doc-dateTime-max")?.Value);
        // Memoranda of conversation often carry their date only in the heading ("…, Washington, February 28, 1956, 3 p.m.").
        var inTitle = parsed is null && head is not null ? TitleDate().Matches(TeiTextBuilder.PlainText(head)).LastOrDefault() : null;
        return parsed ?? (inTitle is null ? null : HistoricalDateParser.Parse(inTitle.Value));
    }

    private enum Translation
    {
        None,
        FromRussian,
        Unknown,
    }

    // FRUS says so in the source note or a footnote ("Department of State translation", "Printed from a translation");
    // messages from Soviet leaders are printed in translation even where no note says it.
    private static Translation IsTranslation(ArchiveRecord record, TeiTextBuilder text, XElement? head, TeiVolume volume)
    {
        var source = record.Citation ?? "";
        var footnotes = string.Join(" ", text.Notes.Select(n => n.Text));
        var notes = source + " " + footnotes;
        var sovietSender = record.Contributors.Any(c => c.Role == ContributorRole.Author && IsSoviet(c.Name, c.AuthorityId, volume));
        var said = (TranslationNote().IsMatch(source) && !EnglishTranslationElsewhere().IsMatch(source)) || PrintedFromTranslation().IsMatch(footnotes);
        var letter = head is not null && MessageTitle().IsMatch(record.Title);
        if (!said && !(sovietSender && letter))
        {
            return Translation.None;
        }
        return sovietSender || FromRussian().IsMatch(notes) ? Translation.FromRussian : Translation.Unknown;
    }

    // A Soviet sender: "the Soviet Government", or a person the names list describes as a Soviet office holder
    // ("Chairman of the Council of Ministers of the Soviet Union"), not an American posted there ("Ambassador to the Soviet Union").
    private static bool IsSoviet(string name, string? authorityId, TeiVolume volume)
    {
        if (SovietBody().IsMatch(name))
        {
            return true;
        }
        var description = authorityId is null
            ? null
            : volume.People.Values.FirstOrDefault(a => string.Equals(a.Id, authorityId, StringComparison.Ordinal))?.Description;
        return description is not null && SovietOffice().IsMatch(description) && !PostedToTheSovietUnion().IsMatch(description);
    }

    [GeneratedRegex(@"^\s*\d+[A-Za-z]?\.\s*(?=[^\d\s])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Patterns.TimeoutMilliseconds)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TitleDate();

    [GeneratedRegex(@"\b(?:translation|translated)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex TranslationNote();

    [GeneratedRegex(@"\bEnglish translation (?:is|of|was)\b|\btranslated (?:into|and printed)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex EnglishTranslationElsewhere();

    [GeneratedRegex(@"\bPrinted from (?:a|an|the) (?:\w+ )?translation\b|\btranslated from (?:the )?[A-Z]\w+|\btranslation from (?:the )?[A-Z]\w+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex PrintedFromTranslation();

    [GeneratedRegex(@"\bRussian\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FromRussian();

    [GeneratedRegex(@"^(?:Message|Letter|Oral Statement|Note|Statement|Aide-M[ée]moire) From\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MessageTitle();

    [GeneratedRegex(@"^(?:the )?(?:Soviet|USSR\b|U\.S\.S\.R\.)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SovietBody();

    [GeneratedRegex(@"\bSoviet (?!Union)\w+|\b(?:Council of Ministers|Presidium|Supreme Soviet|Politburo|Central Committee of the Communist Party)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Patterns.TimeoutMilliseconds)]
    private static partial Regex SovietOffice();

    [GeneratedRegex(@"\b(?:to|in) the (?:Soviet Union|USSR)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PostedToTheSovietUnion();
}
