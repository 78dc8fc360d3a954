using System.Globalization;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// One Lucene document per record, so matches, totals and facets count records. Each layer's text is one
/// instance of the text fields (text, stem.lang, latn, key, or ocr for OCR layers), in layer order. Snippets place a
/// match without term vectors (see Snippets.PageMatches): <see cref="LayerLayout"/> gives each layer's length, the word
/// fields' positions lead to each word's span through <see cref="WordSpans"/>, and the ocr field's postings carry their
/// offsets (its n-grams share a word's). Each layer's text (a long one in slices, see <see cref="LayerSlices"/>), and each
/// layer's footnotes, are stored once, compressed, for snippets. What is read of a record, and in what order, is
/// <see cref="SearchableText"/>'s rule; the layout and the word spans follow the same order (layers, description, footnotes).
/// </summary>
internal static class RecordDocumentBuilder
{
    private static readonly FieldType TextWithOffsets = CreateTextType();

    /// <summary>
    /// From this many characters a text is analyzed while the writer reads it even when it is also indexed under a
    /// qualified name; below it such a text's tokens are analyzed once and shared by the field and its qualified copy.
    /// </summary>
    private const int AnalyzeWhileWriting = 64 * 1024;

    /// <summary>
    /// The record's index document. Its stored fields come in this order: identity, title, date and shelf, then the
    /// layers' texts, then their footnotes; a page's hits are read in that order and stop after the last part they show
    /// (<see cref="Snippets.HitFields"/>).
    /// </summary>
    public static Document Build(ArchiveRecord record)
    {
        var streams = DocumentStreams.BeginDocument();
        var doc = new Document
        {
            streams.Keyword(IndexFields.Id, record.Id, Field.Store.YES),
            new StoredField(IndexFields.SourceId, record.Source.RecordId),
            new StoredField(IndexFields.StoredTitle, record.Title),
            new TextField(SearchFields.Title, record.Title, Field.Store.NO),
            streams.Keyword(IndexFields.Status, IndexFields.StatusTerm(record.Status), Field.Store.NO),
            new Int64Field(IndexFields.Embargo, record.EmbargoUntil?.UtcTicks ?? 0L, Field.Store.NO),
        };
        AddDate(streams, doc, record.Date);
        if (StoredShelf.Of(record) is { } shelf)
        {
            doc.Add(new StoredField(IndexFields.StoredShelf, shelf));
        }
        AddText(streams, doc, SearchFields.TitleForms, record.Title, "en", plain: true);
        AddText(streams, doc, SearchFields.TitleForms, record.Title, "en", plain: true, analysis: SearchFields.Key);

        // Every text field gets one instance per layer, in layer order, even when empty, so offsets line up;
        // each instance is analyzed in its layer's language.
        // A record with layers of several languages or kinds also gets each layer under qualified field names, so a
        // language or kind filter can require the words in a layer of that language or kind (see Querying.LayerScope).
        var qualifiers = record.Layers.Select(Qualifier).Distinct(StringComparer.Ordinal).ToList();
        var qualify = qualifiers.Count > 1;
        if (qualifiers.Count == 1)
        {
            doc.Add(streams.Keyword(IndexFields.Scope, IndexTerms.Fit(qualifiers[0]), Field.Store.NO));
        }
        // A record whose every part is English (the description is) leaves its function words and numbers out of the English
        // stem field where they are their own stems; searches read them from the exact field (WholeFieldsView). A record
        // with a part in another language, where the exact field holds words no English stem stands for, gets the stem
        // field whole and says so.
        var stemsWhole = !record.Layers.All(l => string.Equals(IndexAnalysis.StemField(l.Lang), SearchFields.EnglishStem, StringComparison.Ordinal));
        if (stemsWhole)
        {
            doc.Add(streams.Keyword(IndexFields.WholeStems, IndexFields.WholeStemsTerm, Field.Store.NO));
        }
        var layout = new List<LayerLayout>((record.Layers.Count * 2) + 1);
        var spans = new WordSpans.Writer();
        foreach (var layer in record.Layers)
        {
            var ocr = layer.Provenance.Method == CaptureMethod.Ocr;
            var text = SearchableText.Layer(layer);
            layout.Add(new LayerLayout(text.Length, ocr, KindName(layer.Kind), layer.Lang, LayoutPart.Text, layout.Count));
            var stem = IndexAnalysis.StemField(layer.Lang);
            var qualifier = qualify ? Qualifier(layer) : null;
            AddText(streams, doc, SearchFields.Ocr, ocr ? text : "", layer.Lang, qualifier);

            AddExactWords(streams, doc, spans, ocr ? "" : text, layer.Lang, qualifier);
            foreach (var field in new[] { SearchFields.Latin, SearchFields.Key })
            {
                AddText(streams, doc, field, ocr ? "" : text, layer.Lang, qualifier);
            }
            foreach (var field in IndexAnalysis.StemFields)
            {
                AddText(streams, doc, field, !ocr && string.Equals(field, stem, StringComparison.Ordinal) ? text : "", layer.Lang, qualifier, analysis: StemAnalysis(field, stemsWhole));
            }
            AddStoredText(doc, text);
            AddKeyword(streams, doc, IndexFields.Lang, layer.Lang, null);
            var primary = IndexAnalysis.PrimaryTag(layer.Lang);
            if (!string.Equals(primary, layer.Lang, StringComparison.OrdinalIgnoreCase))
            {
                doc.Add(streams.Keyword(IndexFields.Lang, IndexTerms.Fit(primary), Field.Store.NO));
            }
            AddKeyword(streams, doc, IndexFields.Kind, KindName(layer.Kind), null);
        }

        // Descriptive metadata and then the layers' footnotes are searchable after the layers. The description's words
        // are placed (for the positions after it) but not stored: no snippet shows it.
        var metadata = SearchableText.Description(record);
        layout.Add(LayerLayout.Description(metadata.Length));
        foreach (var field in new[] { SearchFields.Exact, SearchFields.Latin, SearchFields.Key, SearchFields.Stem("en") })
        {
            if (string.Equals(field, SearchFields.Exact, StringComparison.Ordinal))
            {
                AddExactWords(streams, doc, spans, metadata, "en", qualifier: null);
            }
            else
            {
                AddText(streams, doc, field, metadata, "en", analysis: StemAnalysis(field, stemsWhole));
            }

            // As for a record of one layer kind, metadata counts whatever layer a filter asks for.
            foreach (var qualifier in qualify ? qualifiers : [])
            {
                AddText(streams, doc, field, metadata, "en", qualifier, qualifiedOnly: true, analysis: StemAnalysis(field, stemsWhole));
            }
        }

        // Each layer's footnotes follow, in the layer's language: a historian's index cites a page for what its notes say
        // (the FRUS notes name the telegrams, the abstentions, the people a text leaves out). They are stored, one
        // value per layer that has notes, so a match in them gets a snippet.
        for (var i = 0; i < record.Layers.Count; i++)
        {
            var layer = record.Layers[i];
            if (layer.Notes.Count == 0)
            {
                continue;
            }
            var notes = SearchableText.Notes(layer);
            var qualifier = qualify ? Qualifier(layer) : null;
            layout.Add(new LayerLayout(notes.Length, false, KindName(layer.Kind), layer.Lang, LayoutPart.Notes, i));
            AddExactWords(streams, doc, spans, notes, layer.Lang, qualifier);
            foreach (var field in new[] { SearchFields.Latin, SearchFields.Key, IndexAnalysis.StemField(layer.Lang) })
            {
                AddText(streams, doc, field, notes, layer.Lang, qualifier, analysis: StemAnalysis(field, stemsWhole));
            }
            doc.Add(new StoredField(IndexFields.NoteText, notes));
        }

        doc.Add(new BinaryDocValuesField(IndexFields.LayerLayout, LayerLayout.Encode(layout)));
        doc.Add(new BinaryDocValuesField(IndexFields.WordSpans, spans.ToBytesRef()));

        foreach (var collection in record.Collections)
        {
            AddKeyword(streams, doc, IndexFields.Collection, collection.CollectionId, collection.Title);
        }
        if (record.ArchivalReference?.Repository is { Length: > 0 } repository)
        {
            // Filtered by the repository as printed ("RGANI"), shown by the name the archival tree gives it.
            AddKeyword(streams, doc, IndexFields.Repository, repository, ArchivalPlace.RepositoryName(record.ArchivalReference));
        }
        if (record.ArchivalReference is { } reference && ArchivalPlace.ShelfOf(reference) is { } place)
        {
            foreach (var key in place.KeysDownTo())
            {
                doc.Add(streams.Keyword(IndexFields.Shelf, IndexTerms.Fit(key.ToLowerInvariant()), Field.Store.NO));
            }
        }
        AddEntities(streams, doc, IndexFields.Person, record.People);
        AddEntities(streams, doc, IndexFields.Place, record.Places);
        foreach (var subject in record.Subjects)
        {
            AddKeyword(streams, doc, IndexFields.Subject, subject, null);
        }
        foreach (var authorityId in record.CitedAuthorityIds())
        {
            doc.Add(streams.Keyword(IndexFields.Cites, IndexTerms.Fit(authorityId), Field.Store.NO));
        }
        return doc;
    }

    private static void AddText(DocumentStreams streams, Document doc, string field, string text, string? language, string? qualifier = null, bool qualifiedOnly = false, bool plain = false, string? analysis = null)
    {
        var analyzedAs = analysis ?? (plain ? SearchFields.Latin
            : string.Equals(field, SearchFields.Latin, StringComparison.Ordinal) ? SearchFields.LatinAsIndexed
            : field);
        var type = TypeOf(field);
        if (text.Length == 0)
        {
            // An empty instance still moves the next one's offsets and positions by the writer's gaps; the writer's own
            // analyzer reads it and makes nothing.
            if (!qualifiedOnly)
            {
                doc.Add(new Field(field, "", type));
            }
            return;
        }
        if (qualifier is null || qualifiedOnly || text.Length >= AnalyzeWhileWriting)
        {
            // Read once: analyzed as the writer reads it, with no list of tokens. A long text is never held as tokens
            // at all (it is analyzed twice when it is also qualified).
            if (!qualifiedOnly)
            {
                doc.Add(new Field(field, streams.Analyzing(analyzedAs, text, language), type));
            }
            if (qualifier is not null)
            {
                doc.Add(new Field(IndexFields.Qualified(field, qualifier), streams.Analyzing(analyzedAs, text, language), TextField.TYPE_NOT_STORED));
            }
            return;
        }
        // Analyzed once, replayed for the field and its qualified copy.
        var tokens = streams.Tokens(analyzedAs, text, language, out var finalIncrement);
        AddWords(streams, doc, field, tokens, text.Length, finalIncrement, qualifier);
    }

    /// <summary>The analysis a stem field is written with: English stems without the words left to the exact field, unless the record has them whole; null for any other field.</summary>
    private static string? StemAnalysis(string field, bool stemsWhole) =>
        !stemsWhole && string.Equals(field, SearchFields.EnglishStem, StringComparison.Ordinal) ? SearchFields.StemAsIndexed : null;

    /// <summary>A layer's text for snippets: one value, or a long one's slices, each after its place (<see cref="LayerSlices"/>).</summary>
    private static void AddStoredText(Document doc, string text)
    {
        if (LayerSlices.Fits(text))
        {
            doc.Add(new StoredField(IndexFields.LayerText, text));
            return;
        }
        foreach (var (start, slice) in LayerSlices.Of(text))
        {
            doc.Add(new StoredField(IndexFields.LayerSliceAt, LayerSlices.Place(start, slice.Length)));
            doc.Add(new StoredField(start == 0 ? IndexFields.LayerText : IndexFields.LayerSlice, slice));
        }
    }

    /// <summary>
    /// A layer's exact words and their spans (<see cref="WordSpans"/>): a short text is analyzed once and replayed, a
    /// long one is read for its spans and analyzed again as the writer reads it, so its tokens are never held.
    /// </summary>
    private static void AddExactWords(DocumentStreams streams, Document doc, WordSpans.Writer spans, string text, string language, string? qualifier)
    {
        if (text.Length >= AnalyzeWhileWriting)
        {
            spans.EndLayer(IndexAnalysis.VisitTokens(SearchFields.Exact, text, language, spans.Add));
            AddText(streams, doc, SearchFields.Exact, text, language, qualifier);
        }
        else
        {
            var tokens = streams.Tokens(SearchFields.Exact, text, language, out var finalIncrement);
            tokens.ForEach(spans.Add);
            spans.EndLayer(finalIncrement);
            AddWords(streams, doc, SearchFields.Exact, tokens, text.Length, finalIncrement, qualifier);
        }
    }

    /// <summary>
    /// A layer's instance of <paramref name="field"/> (and its qualified copy) from tokens analyzed beforehand. A copy is
    /// made wherever the layer has words, even when the field left them all out (a layer of "1955" in the stem field,
    /// written in part): the copy's later instances stand where the exact field's copy has them.
    /// </summary>
    private static void AddWords(DocumentStreams streams, Document doc, string field, List<IndexToken> tokens, int length, int finalIncrement, string? qualifier)
    {
        doc.Add(new Field(field, streams.Replaying(tokens, length, finalIncrement), TypeOf(field)));
        if (qualifier is not null && (tokens.Count > 0 || finalIncrement > 0))
        {
            doc.Add(new Field(IndexFields.Qualified(field, qualifier), streams.Replaying(tokens, length, finalIncrement), TextField.TYPE_NOT_STORED));
        }
    }

    /// <summary>Only the ocr field keeps offsets in its postings; the word fields' spans are in <see cref="WordSpans"/>.</summary>
    private static FieldType TypeOf(string field) =>
        string.Equals(field, SearchFields.Ocr, StringComparison.Ordinal) ? TextWithOffsets : TextField.TYPE_NOT_STORED;

    private static string Qualifier(TextLayer layer) => IndexFields.Qualifier(IndexAnalysis.PrimaryTag(layer.Lang), KindName(layer.Kind));

    public static string KindName(LayerKind kind) => kind.ToString().ToLowerInvariant();

    public static int DayNumber(DateOnly day) => (day.Year * 10000) + (day.Month * 100) + day.Day;

    private static void AddDate(DocumentStreams streams, Document doc, HistoricalDate? date)
    {
        if (date is null)
        {
            return;
        }
        doc.Add(new StoredField(IndexFields.StoredDate, date.Value));
        doc.Add(new StoredField(IndexFields.StoredDateBounds, string.Create(CultureInfo.InvariantCulture, $"{(int)date.Precision} {date.Start.DayNumber} {date.End.DayNumber}")));
        doc.Add(new Int32Field(IndexFields.DateStart, DayNumber(date.Start), Field.Store.NO));
        doc.Add(new Int32Field(IndexFields.DateEnd, DayNumber(date.End), Field.Store.NO));
        doc.Add(new NumericDocValuesField(IndexFields.DateSort, DayNumber(date.Start)));

        // A span of a few years counts in each of them; a long one only where it starts.
        var last = date.End.Year - date.Start.Year <= 10 ? date.End.Year : date.Start.Year;
        var decades = new HashSet<int>();
        for (var year = date.Start.Year; year <= last; year++)
        {
            AddKeyword(streams, doc, IndexFields.Year, year.ToString("0000", CultureInfo.InvariantCulture), null);
            decades.Add(year / 10 * 10);
        }
        foreach (var decade in decades)
        {
            AddKeyword(streams, doc, IndexFields.Decade, decade.ToString("0000", CultureInfo.InvariantCulture) + "s", null);
        }
    }

    private static void AddEntities(DocumentStreams streams, Document doc, string field, List<EntityLink> entities)
    {
        foreach (var entity in entities)
        {
            var value = string.IsNullOrEmpty(entity.AuthorityId) ? entity.Name : entity.AuthorityId;
            AddKeyword(streams, doc, field, value, entity.Name);
            if (!string.IsNullOrEmpty(entity.AuthorityId))
            {
                doc.Add(streams.Keyword(field, IndexTerms.Fit(entity.Name.ToLowerInvariant()), Field.Store.NO));
            }
        }
    }

    /// <summary>An exact filter term (lower-cased) and a facet value (as written, with its label).</summary>
    private static void AddKeyword(DocumentStreams streams, Document doc, string field, string value, string? label)
    {
        // One value per record and facet, compared as the filter compares (a person's name filter term, added
        // beside an authority id, must not hide the same name written without one).
        var facetField = IndexFields.FacetField(field);
        if (string.IsNullOrWhiteSpace(value) || doc.GetFields(facetField).Any(f => string.Equals(FacetValueOf(f), value, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }
        // A value longer than one term holds is indexed cut (IndexTerms), never refused.
        doc.Add(streams.Keyword(field, IndexTerms.Fit(value.ToLowerInvariant()), Field.Store.NO));
        doc.Add(new SortedSetDocValuesField(facetField, new BytesRef(IndexTerms.Fit(value))));
        if (label is not null && !string.Equals(label, value, StringComparison.Ordinal))
        {
            doc.Add(new SortedSetDocValuesField(IndexFields.LabelField(facetField), new BytesRef(IndexTerms.Fit(value + IndexFields.LabelSeparator + label))));
        }
    }

    private static string FacetValueOf(IIndexableField field) => field.GetBinaryValue()?.Utf8ToString() ?? "";

    private static FieldType CreateTextType()
    {
        var type = new FieldType(TextField.TYPE_NOT_STORED)
        {
            // The ocr field's n-grams stand where their garbled word stands: offsets in its postings, beside the positions
            // phrases use, cost a fraction of term vectors, which repeat every term of every record. The word fields
            // find their spans in WordSpans instead.
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}
