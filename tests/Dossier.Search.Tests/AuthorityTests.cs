using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Records;
using Dossier.Core.Search;

namespace Dossier.Search.Tests;

/// <summary>Authority records over the imported tei-mini volumes: name variants widen a query, facets count authorities.</summary>
public sealed class AuthorityTests(TeiMiniArchive archive) : IClassFixture<TeiMiniArchive>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_find_records_that_only_spell_the_name_as_another_variant_of_its_authority()
    {
        var records = await RecordsAsync();
        var otherSpellingOnly = records.Where(r => Contains(r, "Phedon") && !Contains(r, "Phendon")).Select(r => r.Source.RecordId).ToList();
        Assert.NotEmpty(otherSpellingOnly);

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Phendon", Limit = 50 }, Cancel);

        Assert.Superset(otherSpellingOnly.ToHashSet(StringComparer.Ordinal), result.Hits.Select(h => h.SourceId).ToHashSet(StringComparer.Ordinal));
        var hit = result.Hits.First(h => h.SourceId == otherSpellingOnly[0]);
        Assert.Contains("Phedon — a name variant of Cavalierato, Phedon A. in the authority record", hit.Why);
        var exact = result.Hits.First(h => Contains(records.Single(r => r.Source.RecordId == h.SourceId), "Phendon"));
        Assert.Equal(exact.SourceId, result.Hits[0].SourceId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Soviet")]
    [InlineData("Greece OR Turkey")]
    public async Task Should_count_person_collection_and_year_facets_as_the_imported_records_say(string query)
    {
        var records = await RecordsAsync();
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = query, Facets = true, Limit = 1000, Snippets = 0 }, Cancel);
        var matching = result.Hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(result.Total, matching.Count);
        var matched = records.Where(r => matching.Contains(r.Id)).ToList();

        AssertTopCounts(Count(matched, r => r.People.Select(p => p.AuthorityId ?? p.Name)), result.Facets["person"]);
        AssertTopCounts(Count(matched, r => r.Collections.Select(c => c.CollectionId)), result.Facets["collection"]);
        AssertTopCounts(Count(matched, Years), result.Facets["year"]);
        foreach (var person in result.Facets["person"].Where(v => v.Value.StartsWith('p') && v.Value.Length == 13))
        {
            var authority = await archive.Store.Authorities.FindAsync(person.Value, Cancel);
            Assert.Equal(authority!.PreferredName, person.Label);
        }
    }

    [Fact]
    public async Task Should_filter_people_by_authority_id_preferred_name_or_name_as_written()
    {
        var records = await RecordsAsync();
        var id = records.SelectMany(r => r.People).First(p => p.Name == "Phedon Cavalierato").AuthorityId!;
        var expected = records.Count(r => r.People.Any(p => p.AuthorityId == id));

        var byId = await archive.Index.SearchAsync(new SearchRequest { People = [id] }, Cancel);
        var byPreferred = await archive.Index.SearchAsync(new SearchRequest { People = ["Cavalierato, Phedon A."] }, Cancel);
        var byWritten = await archive.Index.SearchAsync(new SearchRequest { People = ["Phendon Cavalierato"] }, Cancel);

        Assert.Equal(expected, byId.Total);
        Assert.Equal(expected, byPreferred.Total);
        Assert.Equal(records.Count(r => r.People.Any(p => p.Name == "Phendon Cavalierato")), byWritten.Total);
        Assert.True(byWritten.Total < expected);
    }

    [Fact]
    public async Task Should_read_a_persons_heading_by_its_surname_its_given_names_ranking_softly()
    {
        // The FRUS index of the Cyprus volume: "Nixon, Richard M." with the subheading "Cyprus dispute" (its pages fall
        // on d183-d185; d184 tells of Nixon's stop in Ankara). Few records name Nixon; more name a Richard (Richards,
        // Richard Casey), and the name alone found them too while its given name counted as a word of its own.
        var records = await RecordsAsync();
        var nixon = records.Where(r => Contains(r, "Nixon")).Select(r => r.Source.RecordId).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("frus1955-57v24/d184", nixon);

        // Searched within its volume, as a reader of its index would.
        var heading = await archive.Index.SearchAsync(new SearchRequest { Query = "Nixon, Richard M. Cyprus dispute", Collections = ["frus1955-57v24"], Limit = 10 }, Cancel);
        var name = await archive.Index.SearchAsync(new SearchRequest { Query = "Nixon, Richard M.", Limit = 10 }, Cancel);

        Assert.Equal("frus1955-57v24/d184", heading.Hits[0].SourceId);
        // The name alone finds the records the surname finds, and only them: the given name ranks among them, and finds
        // no record of a Richard.
        var surname = await archive.Index.SearchAsync(new SearchRequest { Query = "Nixon", Limit = 10 }, Cancel);
        Assert.Superset(nixon, name.Hits.Select(h => h.SourceId).ToHashSet(StringComparer.Ordinal));
        Assert.Equal(surname.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal), name.Hits.Select(h => h.SourceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_read_the_word_after_an_authoritys_inverted_name_as_its_subheading_not_as_a_given_name()
    {
        // "Dulles, John Foster Yemen": with the authority's given names soft, two main words were left, and the second was
        // read as the given name of "Dulles, Yemen" (a third of a word): the records about Yemen that do not name Dulles
        // came after every record naming him (the first at 228th). Here, words that one record of the Cyprus volume holds,
        // and no other record in any form sharing their first six letters, after "Nixon, Richard M.": the record holding
        // the rare word outranks the few that name Nixon.
        var records = await RecordsAsync();
        var holders = records
            .SelectMany(r => SearchableText.All(r).SelectMany(t => Regex.Matches(t.ToLowerInvariant(), @"\b[a-z]{8,}\b").Select(m => m.Value)).Distinct().Select(w => (Word: w, Record: r)))
            .GroupBy(p => p.Word[..6], StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Record.Id).Distinct().Count() == 1 && g.Select(p => p.Word).Distinct().Count() == 1)
            .Select(g => g.First())
            .Where(p => p.Record.Source.RecordId.StartsWith("frus1955-57v24/", StringComparison.Ordinal) && !Contains(p.Record, "Nixon"))
            .OrderBy(p => p.Word, StringComparer.Ordinal)
            .Take(5)
            .ToList();
        Assert.Equal(5, holders.Count);
        var nixon = records.Count(r => r.Source.RecordId.StartsWith("frus1955-57v24/", StringComparison.Ordinal) && Contains(r, "Nixon"));
        Assert.InRange(nixon, 2, 10);

        foreach (var (word, record) in holders)
        {
            var result = await archive.Index.SearchAsync(new SearchRequest { Query = $"Nixon, Richard M. {word}", Collections = ["frus1955-57v24"], Limit = 10 }, Cancel);

            Assert.True(result.Hits.Count > 0 && result.Hits[0].SourceId == record.Source.RecordId, $"{word}: {record.Source.RecordId} not first");
            // One of the two main words is needed: the records naming Nixon are found too.
            Assert.True(result.Total >= nixon + 1, $"{word}: {result.Total} found");
        }
    }

    [Fact]
    public async Task Should_need_one_of_two_main_words_when_a_names_soft_words_make_the_heading_longer()
    {
        // "Karamanlis, Constantine Makarios" is a heading of three words, the authority's given name soft: as any query of
        // three words or more it needs one of its main words, the records holding both first. Required both, it left out
        // the records about Makarios that do not name Karamanlis, although many records name both.
        var records = (await RecordsAsync()).Where(r => r.Source.RecordId.StartsWith("frus1955-57v24/", StringComparison.Ordinal)).ToList();
        // As the index reads a record: its layers, its description and its footnotes.
        static bool Holds(ArchiveRecord record, string word) => SearchableText.All(record).Any(t => Regex.IsMatch(t, $@"\b{word}\b", RegexOptions.IgnoreCase));
        var both = records.Where(r => Holds(r, "Karamanlis") && Holds(r, "Makarios")).Select(r => r.Source.RecordId).ToHashSet(StringComparer.Ordinal);
        var makariosOnly = records.Where(r => Holds(r, "Makarios") && !Holds(r, "Karamanlis")).Select(r => r.Source.RecordId).ToHashSet(StringComparer.Ordinal);
        Assert.True(both.Count >= 10, $"{both.Count} records name both");
        Assert.NotEmpty(makariosOnly);

        var result = await archive.Index.SearchAsync(new SearchRequest { Query = "Karamanlis, Constantine Makarios", Collections = ["frus1955-57v24"], Limit = 300 }, Cancel);

        var found = result.Hits.Select(h => h.SourceId).ToList();
        Assert.Superset(makariosOnly, found.ToHashSet(StringComparer.Ordinal));
        // The records holding both as typed come first.
        Assert.Equal(both.Order(StringComparer.Ordinal), found.Take(both.Count).Order(StringComparer.Ordinal));
    }

    private static bool Contains(ArchiveRecord record, string word) =>
        record.Layers.Any(l => Regex.IsMatch(l.Text, $@"\b{word}\b"));

    /// <summary>The years a record counts in, as the index counts them: each year of a span of up to ten years, else its first.</summary>
    private static IEnumerable<string> Years(ArchiveRecord record)
    {
        if (record.Date is null)
        {
            return [];
        }
        var last = record.Date.End.Year - record.Date.Start.Year <= 10 ? record.Date.End.Year : record.Date.Start.Year;
        return Enumerable.Range(record.Date.Start.Year, last - record.Date.Start.Year + 1).Select(y => y.ToString("0000", CultureInfo.InvariantCulture));
    }

    private async Task<List<ArchiveRecord>> RecordsAsync()
    {
        var records = new List<ArchiveRecord>();
        await foreach (var record in archive.Store.Records.StreamAsync(Cancel))
        {
            records.Add(record);
        }
        Assert.NotEmpty(records);
        return records;
    }

    /// <summary>Each record counts once per value, the same name in other capitals being one value (as the filter takes it).</summary>
    private static Dictionary<string, int> Count(IEnumerable<ArchiveRecord> records, Func<ArchiveRecord, IEnumerable<string>> values) =>
        records.SelectMany(r => values(r).Distinct(StringComparer.OrdinalIgnoreCase)).GroupBy(v => v, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Every value shown has its true count, and none left out counts more than one shown.</summary>
    private static void AssertTopCounts(Dictionary<string, int> expected, IReadOnlyList<FacetValue> actual)
    {
        Assert.NotEmpty(actual);
        Assert.Equal(Math.Min(expected.Count, Math.Max(actual.Count, 50)), actual.Count);
        Assert.All(actual, v => Assert.Equal(expected.GetValueOrDefault(v.Value), v.Count));
        var shown = actual.Select(v => v.Value).ToHashSet(StringComparer.Ordinal);
        Assert.All(expected.Where(p => !shown.Contains(p.Key)), p => Assert.True(p.Value <= actual.Min(v => v.Count)));
    }
}
