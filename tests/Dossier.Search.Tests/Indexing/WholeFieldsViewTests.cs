using Dossier.Core.Records;
using Dossier.Search.Analysis;
using Dossier.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace Dossier.Search.Tests.Indexing;

/// <summary>
/// The romanized field and the English stem field as the index writes them (only the tokens romanizing or stemming
/// changed) and as searches read them (those and the exact field's together, <see cref="WholeFieldsView"/>): read together
/// they are the whole field again.
/// </summary>
public sealed class WholeFieldsViewTests
{
    /// <summary>The field holding each text's whole romanized analysis, written beside the two, to compare the view with.</summary>
    private const string Whole = "whole";

    private static readonly string[] Words =
    [
        "trade", "American", "Americans'", "Cuba", "Kuba", "Куба", "Khrushchev's", "Khrushchyov", "Хрущеву", "Хрущёв", "Хрущев",
        "Берия", "Beriya", "Beria", "Pishevari", "Pischevari", "Пишевери", "anti-Party", "co-operative", "café", "Zürich",
        "һүгугларына", "hüquqlarına", "xan", "Georgii", "Dmitriy", "Maria", "İzmir", "1955", "RGANI", "5/28", "the", "of",
        "Тебризе", "Баку", "Baku", "СССР", "USSR", "soft\u00ADhyphen", "zero\u200Bwidth", "O'Neill", "д'Артаньян", "ёлка",
    ];

    /// <summary>The field holding each English text's whole stem analysis, written beside the two, to compare the view with.</summary>
    private const string WholeStem = "whole.stem";

    /// <summary>Words whose English stems differ from them, or are other words' (Porter reads "commissioner" as commission, "commission" as commiss).</summary>
    private static readonly string[] EnglishWords =
    [
        "visits", "visited", "visit", "trades", "commission", "commissioner", "commissioners'", "areas", "area", "generously",
        "generous", "United", "States'", "delegations", "agreed", "agreement", "Harding", "abstention", "the", "and", "caucus",
        "between", "it", "its", "us", "uses", "being", "be", "1950s", "1950", "mr", "Mrs", "should",
    ];

    /// <summary>Languages whose romanization keeps a plain Latin word as written (Azerbaijani's does not: x is kh, c is j).</summary>
    private static readonly string?[] Languages = [null, "en", "ru", "tr", "de"];

    [Fact]
    public void Should_read_every_romanized_posting_of_generated_texts_as_the_whole_field_holds_it() =>
        ForGeneratedArchives(20261207, 12, _ => Languages, [], leaf => AssertSamePostings(leaf, SearchFields.Latin, Whole, exactly: true));

    [Fact]
    public void Should_read_every_romanized_posting_of_azerbaijani_texts_and_their_latin_words_as_written() =>
        // An Azerbaijani layer's Latin "xan" is "khan" romanized, and the exact field holds "xan" at the same position: read
        // together, the romanized field holds both there. Every posting of the whole field is still read.
        ForGeneratedArchives(20261208, 6, _ => ["az", "az-Cyrl", "en"], [], leaf => AssertSamePostings(leaf, SearchFields.Latin, Whole, exactly: false));

    [Fact]
    public void Should_read_every_english_stem_posting_of_generated_texts_as_the_whole_field_holds_it() =>
        // Records of English layers only have their stem field written in part; a record with a layer in another language
        // has it whole, and the exact field's words of that layer (the Russian layer's Latin "trade") are no stems.
        // Some records are deleted before the view first reads the segment: a deleted mixed record is still one whose stem
        // field is whole. The sum of the field's occurrences (BM25's average length) is the whole field's too.
        ForGeneratedArchives(20261209, 12, round => round % 2 == 0 ? ["en", "en-US"] : ["en", "en", "ru", "de", null], EnglishWords, leaf =>
        {
            AssertSamePostings(leaf, SearchFields.EnglishStem, WholeStem, exactly: true);
            Assert.Equal(TermsOf(leaf, WholeStem), TermsOf(leaf, SearchFields.EnglishStem));
            Assert.Equal(leaf.GetTerms(WholeStem)?.SumTotalTermFreq ?? 0, leaf.GetTerms(SearchFields.EnglishStem)?.SumTotalTermFreq ?? 0);
            if (leaf.GetTerms(SearchFields.EnglishStem) is { } read)
            {
                // However it is asked for, an enumerator reads the field as the view presents it.
                Assert.Equal(Terms(read.GetEnumerator()), Terms(read.GetEnumerator(null!)));
            }
        }, deleting: true);

    [Fact]
    public void Should_place_the_qualified_copies_of_a_field_written_in_part_where_the_exact_fields_are()
    {
        // A layer of only "1955" gives the stem and romanized fields no token; its qualified copy still takes its place, so
        // the next layer's words stand where the exact field's qualified copy has them, and a phrase in a filtered search
        // finds them.
        var record = SyntheticRecords.Make("one", "Report", more:
        [
            new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = "1955" },
            new TextLayer { Kind = LayerKind.Translation, Lang = "en", Text = "the delegations arrived" },
        ]);
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new LayerGapAnalyzer())))
        {
            writer.AddDocument(RecordDocumentBuilder.Build(record));
        }
        using var view = WholeFieldsView.Of(DirectoryReader.Open(directory));
        var searcher = new IndexSearcher(view);
        var qualifier = IndexFields.Qualifier("en", "translation");
        foreach (var (field, words) in new[] { (SearchFields.EnglishStem, new[] { "the", "deleg" }), (SearchFields.Latin, ["the", "delegations"]), (SearchFields.Exact, ["the", "delegations"]) })
        {
            var phrase = new PhraseQuery();
            foreach (var word in words)
            {
                phrase.Add(new Term(IndexFields.Qualified(field, qualifier), word));
            }
            Assert.True(searcher.Search(phrase, 1).TotalHits == 1, field);
        }
    }

    /// <summary>
    /// Archives of generated records (1 to 40, of 1 to 3 layers each), each segment of each read through the view and
    /// checked; with <paramref name="deleting"/>, about a fifth of the records are deleted first.
    /// </summary>
    private static void ForGeneratedArchives(int seed, int rounds, Func<int, string?[]> languages, string[] words, Action<AtomicReader> check, bool deleting = false)
    {
        var random = new Random(seed);
        for (var round = 0; round < rounds; round++)
        {
            using var directory = new RAMDirectory();
            var inRound = languages(round);
            var records = Enumerable.Range(0, 1 + random.Next(40)).Select(_ => RandomRecord(random, inRound, words)).ToList();
            Write(directory, records, deleting ? [.. Enumerable.Range(0, records.Count).Where(_ => random.Next(5) == 0)] : []);
            // The view closes the reader it reads.
            using var view = WholeFieldsView.Of(DirectoryReader.Open(directory));
            foreach (var leaf in view.Leaves)
            {
                check(leaf.AtomicReader);
            }
        }
    }

    [Fact]
    public void Should_leave_out_of_the_index_the_english_function_words_the_exact_field_holds_and_keep_a_mixed_records_whole()
    {
        using var directory = new RAMDirectory();
        Write(directory, [[("en", "the American trade delegation visited Cuba in 1955")], [("en", "a delegation"), ("ru", "the trade делегации")]]);
        var reader = DirectoryReader.Open(directory);
        var written = reader.Leaves.Single().AtomicReader.GetTerms(SearchFields.EnglishStem);
        using var view = WholeFieldsView.Of(reader);
        var leaf = view.Leaves.Single().AtomicReader;

        // The English record's function words and numbers are left to the exact field, its other words are written
        // (stemmed or not); the mixed record's stems are all written.
        Assert.Equal(["a", "american", "cuba", "deleg", "trade", "visit"], Terms(written));
        var read = leaf.GetTerms(SearchFields.EnglishStem).GetEnumerator();
        Assert.True(read.SeekExact(new BytesRef("the")));
        // The Russian layer's "the" and "trade" are no English stems: only the English record holds them.
        Assert.Equal(1, read.DocFreq);
        Assert.True(read.SeekExact(new BytesRef("trade")));
        Assert.Equal(1, read.DocFreq);
        Assert.True(read.SeekExact(new BytesRef("1955")));
        Assert.False(read.SeekExact(new BytesRef("visited")));
        Assert.True(read.SeekExact(new BytesRef("deleg")));
        Assert.Equal(2, read.DocFreq);

        // Norms: the exact field's for the English record, the stem field's own for the mixed one.
        var norms = leaf.GetNormValues(SearchFields.EnglishStem);
        var raw = reader.Leaves.Single().AtomicReader;
        Assert.Equal(raw.GetNormValues(SearchFields.Exact).Get(0), norms.Get(0));
        Assert.Equal(raw.GetNormValues(SearchFields.EnglishStem).Get(1), norms.Get(1));
        Assert.NotEqual(raw.GetNormValues(SearchFields.Exact).Get(1), norms.Get(1));
    }

    [Fact]
    public void Should_read_only_the_exact_fields_stems_where_the_index_wrote_no_stem_at_all()
    {
        // Nothing is written in the stem field here: the English record's words are all left to the exact field, the
        // Russian layer has no English stems. Every way of enumerating the field reads it as the view presents it.
        using var directory = new RAMDirectory();
        Write(directory, [[("en", "the 1955")], [("ru", "the trade visited")]]);
        var reader = DirectoryReader.Open(directory);
        Assert.Null(reader.Leaves.Single().AtomicReader.GetTerms(SearchFields.EnglishStem));
        using var view = WholeFieldsView.Of(reader);
        var terms = view.Leaves.Single().AtomicReader.GetTerms(SearchFields.EnglishStem);
        foreach (var read in new[] { terms.GetEnumerator(), terms.GetEnumerator(null!) })
        {
            Assert.False(read.SeekExact(new BytesRef("visited")));
            Assert.True(read.SeekExact(new BytesRef("the")));
            Assert.Equal(1, read.DocFreq);
        }
        Assert.Equal(["1955", "the"], Terms(terms.GetEnumerator(null!)));
        Assert.Equal(2, terms.SumTotalTermFreq);
    }

    [Fact]
    public void Should_list_only_function_words_that_are_their_own_stems()
    {
        // A listed word stemming changes would be written anyway: the list would say what the index does not do.
        Assert.All(EnglishStems.ListedFunctionWords, word => Assert.True(EnglishStems.Keeps(word), word));
        Assert.All(EnglishStems.ListedFunctionWords, word => Assert.Equal([word], DossierAnalyzers.Terms(SearchFields.EnglishStem, word, "en")));
        Assert.True(EnglishStems.LeftToExactField("1955") && EnglishStems.LeftToExactField("of") && EnglishStems.LeftToExactField("the"));
        Assert.False(EnglishStems.LeftToExactField("trade") || EnglishStems.LeftToExactField("1950s"));

        // What the view reads as a stem, told from the letters where it can be, is what the index leaves out.
        foreach (var term in new[] { "1955", "0", "of", "a", "i'", "'s", "xs", "the", "trade", "1950s", "its", "it", "us", "between", "commission", "хрущев", "и", "мы" }
            .Concat(EnglishStems.ListedFunctionWords).Concat(EnglishWords.Select(w => w.ToLowerInvariant())))
        {
            Assert.Equal(EnglishStems.LeftToExactField(term) && EnglishStems.Keeps(term), EnglishStems.StandsForItself(term));
        }
    }

    [Fact]
    public void Should_leave_out_of_the_index_the_romanized_tokens_the_exact_field_holds()
    {
        using var directory = new RAMDirectory();
        Write(directory, [[("en", "the American trade delegation met Khrushchev's deputy in Cuba")]]);
        var reader = DirectoryReader.Open(directory);
        var written = Terms(MultiFields.GetTerms(reader, SearchFields.Latin));
        using var view = WholeFieldsView.Of(reader);
        var read = Terms(MultiFields.GetTerms(view, SearchFields.Latin));

        // Romanizing changed these (spelling variants, the possessive): they are written.
        Assert.Equal(["amerikan", "khrushchev", "kuba"], written);
        // Read together with the exact field, the field holds every word's romanized form.
        Assert.Subset(read.ToHashSet(), new HashSet<string> { "the", "amerikan", "trade", "delegation", "met", "khrushchev", "deputy", "in", "kuba" });
    }

    [Fact]
    public void Should_read_the_exact_fields_norms_for_the_romanized_field()
    {
        using var directory = new RAMDirectory();
        Write(directory, [[("en", "a short one")], [("en", string.Join(' ', Enumerable.Repeat("a much longer text of many words", 30)))]]);
        var reader = DirectoryReader.Open(directory);
        using var view = WholeFieldsView.Of(reader);
        var leaf = view.Leaves.Single().AtomicReader;
        var raw = reader.Leaves.Single().AtomicReader;

        var norms = leaf.GetNormValues(SearchFields.Latin);
        var exact = raw.GetNormValues(SearchFields.Exact);
        Assert.NotEqual(exact.Get(0), exact.Get(1));
        Assert.Equal([exact.Get(0), exact.Get(1)], [norms.Get(0), norms.Get(1)]);
        Assert.Equal(SearchFields.Exact + "@ru.original", WholeFieldsView.ExactOf(SearchFields.Latin + "@ru.original"));
        Assert.Null(WholeFieldsView.ExactOf(SearchFields.Latin + ".other"));
    }

    [Fact]
    public async Task Should_find_by_the_romanized_form_a_word_only_the_exact_field_holds_before_and_after_a_refresh()
    {
        // "Bakü" is "baku" romanized; "Baku" is written as it romanizes, so only the exact field holds it. Four letters have
        // no skeleton key and no typo tolerance: the romanized field is the only way from one to the other.
        using var archive = new IndexedArchive();
        await archive.AddAsync(SyntheticRecords.Make("one", "oil from Baku", "en"));
        Assert.Equal(["one"], await Found(archive, "Bakü"));

        // Added after the first search: a refreshed searcher reads the index through the view as well.
        await archive.AddAsync(SyntheticRecords.Make("two", "the Baku oil fields", "en"));
        Assert.Equal(["one", "two"], (await Found(archive, "Bakü")).Order(StringComparer.Ordinal));
        Assert.Empty(await Found(archive, "Bakı"));
    }

    private static async Task<List<string>> Found(IndexedArchive archive, string query) =>
        [.. (await archive.Index.SearchAsync(new Core.Search.SearchRequest { Query = query }, TestContext.Current.CancellationToken)).Hits.Select(h => h.SourceId)];

    /// <summary>Every term of <paramref name="whole"/> is in <paramref name="field"/> with the same records, frequencies and positions, sought every way a search seeks it.</summary>
    private static void AssertSamePostings(AtomicReader leaf, string field, string whole, bool exactly)
    {
        var expected = leaf.GetTerms(whole);
        if (expected is null)
        {
            return;
        }
        var merged = leaf.GetTerms(field);
        Assert.NotNull(merged);
        var wholeTerms = expected.GetEnumerator();
        var seeking = merged.GetEnumerator();
        var walking = merged.GetEnumerator();
        var walked = new List<BytesRef>();
        while (walking.MoveNext())
        {
            walked.Add(BytesRef.DeepCopyOf(walking.Term));
        }
        for (var i = 1; i < walked.Count; i++)
        {
            Assert.True(walked[i - 1].CompareTo(walked[i]) < 0, "terms in order, each once");
        }
        var walkedSet = walked.Select(t => t.Utf8ToString()).ToHashSet(StringComparer.Ordinal);
        long total = 0;
        while (wholeTerms.MoveNext())
        {
            var term = BytesRef.DeepCopyOf(wholeTerms.Term);
            Assert.Contains(term.Utf8ToString(), walkedSet);
            Assert.True(seeking.SeekExact(term), term.Utf8ToString());
            Assert.True(exactly ? wholeTerms.TotalTermFreq == seeking.TotalTermFreq : wholeTerms.TotalTermFreq <= seeking.TotalTermFreq, $"{term.Utf8ToString()}: {wholeTerms.TotalTermFreq} occurrences read as {seeking.TotalTermFreq}");
            Assert.True(exactly ? seeking.DocFreq == wholeTerms.DocFreq : seeking.DocFreq >= wholeTerms.DocFreq, $"{term.Utf8ToString()}: in {wholeTerms.DocFreq} records, read as {seeking.DocFreq}");
            total += wholeTerms.TotalTermFreq;
            // Counted once for the segment, and the count read again as counted.
            Assert.Equal(seeking.DocFreq, merged.GetEnumerator() is var other && other.SeekExact(term) ? other.DocFreq : -1);
            var state = seeking.GetTermState();
            if (!exactly)
            {
                AssertHeld(wholeTerms.DocsAndPositions(null, null), seeking.DocsAndPositions(null, null), term);
                continue;
            }
            AssertSameDocs(wholeTerms.DocsAndPositions(null, null), seeking.DocsAndPositions(null, null), term);
            AssertSameFrequencies(wholeTerms.Docs(null, null), seeking.Docs(null, null));

            // Sought again from the state a first lookup kept (as a query's weight does), and by ceiling.
            var again = merged.GetEnumerator();
            again.SeekExact(term, state);
            AssertSameDocs(wholeTerms.DocsAndPositions(null, null), again.DocsAndPositions(null, null), term);
            Assert.Equal(TermsEnum.SeekStatus.FOUND, again.SeekCeil(term));
            AssertAdvancing(wholeTerms.Docs(null, null), merged.GetEnumerator() is var byAdvance && byAdvance.SeekExact(term) ? byAdvance.Docs(null, null) : null!, leaf.MaxDoc);
        }
        Assert.True(total <= merged.SumTotalTermFreq);

        // A fuzzy query's automaton finds through the merged dictionaries every term it finds in the whole field, in order.
        foreach (var term in walked.Where((_, i) => i % 7 == 0).Select(t => t.Utf8ToString()))
        {
            var automaton = new CompiledAutomaton(new LevenshteinAutomata(term, true).ToAutomaton(1), true, false);
            var fromWhole = Terms(automaton.GetTermsEnum(expected));
            var fromMerged = Terms(automaton.GetTermsEnum(merged));
            Assert.True(fromMerged.Order(StringComparer.Ordinal).SequenceEqual(fromMerged) && fromMerged.Distinct().Count() == fromMerged.Count, term);
            Assert.Subset(fromMerged.ToHashSet(), fromWhole.ToHashSet());
            Assert.Subset(walkedSet, fromMerged.ToHashSet());
        }
    }

    private static void AssertSameDocs(DocsAndPositionsEnum expected, DocsAndPositionsEnum actual, BytesRef term)
    {
        while (expected.NextDoc() != DocsEnum.NO_MORE_DOCS)
        {
            Assert.Equal(expected.DocID, actual.NextDoc());
            Assert.Equal(expected.Freq, actual.Freq);
            var wanted = Enumerable.Range(0, expected.Freq).Select(_ => expected.NextPosition()).ToList();
            var read = Enumerable.Range(0, actual.Freq).Select(_ => actual.NextPosition()).ToList();
            Assert.True(wanted.SequenceEqual(read), $"{term.Utf8ToString()} in record {expected.DocID}: [{string.Join(",", wanted)}] read as [{string.Join(",", read)}]");
        }
        Assert.Equal(DocsEnum.NO_MORE_DOCS, actual.NextDoc());
    }

    /// <summary>Every record and position of <paramref name="expected"/> is one of <paramref name="actual"/>'s.</summary>
    private static void AssertHeld(DocsAndPositionsEnum expected, DocsAndPositionsEnum actual, BytesRef term)
    {
        while (expected.NextDoc() != DocsEnum.NO_MORE_DOCS)
        {
            Assert.Equal(expected.DocID, actual.Advance(expected.DocID));
            var wanted = Enumerable.Range(0, expected.Freq).Select(_ => expected.NextPosition()).ToList();
            var read = Enumerable.Range(0, actual.Freq).Select(_ => actual.NextPosition()).ToList();
            Assert.True(read.Order().SequenceEqual(read) && wanted.All(read.Contains), $"{term.Utf8ToString()} in record {expected.DocID}: [{string.Join(",", wanted)}] read as [{string.Join(",", read)}]");
        }
    }

    private static void AssertSameFrequencies(DocsEnum expected, DocsEnum actual)
    {
        while (expected.NextDoc() != DocsEnum.NO_MORE_DOCS)
        {
            Assert.Equal(expected.DocID, actual.NextDoc());
            Assert.Equal(expected.Freq, actual.Freq);
        }
        Assert.Equal(DocsEnum.NO_MORE_DOCS, actual.NextDoc());
    }

    /// <summary>Leapfrogging (as a conjunction does): each record advanced to from one past the last found.</summary>
    private static void AssertAdvancing(DocsEnum expected, DocsEnum actual, int maxDoc)
    {
        var target = 0;
        while (target < maxDoc && expected.Advance(target) is var doc && doc != DocsEnum.NO_MORE_DOCS)
        {
            Assert.Equal(doc, actual.Advance(target));
            target = doc + 1 + (doc % 3);
        }
    }

    private static List<string> Terms(Terms terms) => Terms(terms.GetEnumerator());

    /// <summary>The field's terms in the segment, none when no record holds it.</summary>
    private static List<string> TermsOf(AtomicReader leaf, string field) => leaf.GetTerms(field) is { } terms ? Terms(terms) : [];

    private static List<string> Terms(TermsEnum e)
    {
        var list = new List<string>();
        while (e.MoveNext())
        {
            list.Add(e.Term.Utf8ToString());
        }
        return list;
    }

    /// <summary>
    /// A record's values (its layers), each in a language: the exact, romanized and English stem fields as the index
    /// writes them (RecordDocumentBuilder), and the whole romanized and stem fields. A layer in another language gives the
    /// stem fields an empty instance, as the index does.
    /// </summary>
    private static void Write(Lucene.Net.Store.Directory directory, IEnumerable<List<(string? Lang, string Text)>> records, IReadOnlyList<int>? deleted = null)
    {
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, DossierAnalyzers.Index));
        var number = 0;
        foreach (var values in records)
        {
            var doc = new Document { new StringField(IndexFields.Id, (number++).ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO) };
            var stemsWhole = !values.All(v => IsEnglish(v.Lang));
            if (stemsWhole)
            {
                doc.Add(new StringField(IndexFields.WholeStems, IndexFields.WholeStemsTerm, Field.Store.NO));
            }
            foreach (var (lang, text) in values)
            {
                doc.Add(new Field(SearchFields.Exact, Replay(SearchFields.Exact, text, lang), TextField.TYPE_NOT_STORED));
                doc.Add(new Field(SearchFields.Latin, Replay(SearchFields.LatinAsIndexed, text, lang), TextField.TYPE_NOT_STORED));
                doc.Add(new Field(Whole, Replay(SearchFields.Latin, text, lang), TextField.TYPE_NOT_STORED));
                var english = IsEnglish(lang) ? text : "";
                doc.Add(new Field(SearchFields.EnglishStem, Replay(stemsWhole ? SearchFields.EnglishStem : SearchFields.StemAsIndexed, english, lang), TextField.TYPE_NOT_STORED));
                doc.Add(new Field(WholeStem, Replay(SearchFields.EnglishStem, english, lang), TextField.TYPE_NOT_STORED));
            }
            writer.AddDocument(doc);
        }
        writer.Commit();
        foreach (var n in deleted ?? [])
        {
            writer.DeleteDocuments(new Term(IndexFields.Id, n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        writer.Commit();
    }

    private static bool IsEnglish(string? lang) => string.Equals(IndexAnalysis.StemField(lang), SearchFields.EnglishStem, StringComparison.Ordinal);

    private static TokenListStream Replay(string analysis, string text, string? lang)
    {
        var tokens = new List<IndexToken>();
        var final = IndexAnalysis.AddTokens(tokens, analysis, text, lang);
        var stream = new TokenListStream();
        stream.Start(tokens, text.Length, final);
        return stream;
    }

    private static List<(string? Lang, string Text)> RandomRecord(Random random, string?[] languages, string[] more) =>
        [.. Enumerable.Range(0, 1 + random.Next(3)).Select(_ => (languages[random.Next(languages.Length)], RandomText(random, more)))];

    private static string RandomText(Random random, string[] more) =>
        string.Join(random.Next(4) == 0 ? ", " : " ", Enumerable.Range(0, random.Next(25)).Select(_ => random.Next(8) == 0 ? RandomWord(random)
            : random.Next(Words.Length + more.Length) is var i && i < Words.Length ? Words[i] : more[i - Words.Length]));

    private static string RandomWord(Random random) =>
        new([.. Enumerable.Range(0, 1 + random.Next(9)).Select(_ => "abcikyaeoуКхрщевёä-'’ıİ"[random.Next(23)])]);
}
