using CsCheck;
using Dossier.Core.Search;

namespace Dossier.Search.Tests.Consistency;

/// <summary>
/// Issue 8's consistency rules as properties over words of the tei-mini index (with the model record): the exact form
/// of a word never ranks a record that holds it below where a variant spelling or transliteration of the word ranks it,
/// and adding a word a record holds never lets a record without that word pass it.
/// </summary>
public sealed class ConsistencyPropertyTests(TeiMiniWithModelRecord archive) : IClassFixture<TeiMiniWithModelRecord>
{
    private const int Words = 1000;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Should_never_rank_a_record_lower_for_the_word_it_holds_than_for_a_variant_of_it()
    {
        var words = new IndexWords(archive.Records);
        var tested = 0;
        var failures = new List<string>();
        foreach (var word in words.Pool)
        {
            if (tested >= Words)
            {
                break;
            }
            if (Variants.Of(word) is not { } variant)
            {
                continue;
            }
            tested++;
            var exact = await RanksAsync(word);
            var other = await RanksAsync(variant);
            foreach (var (id, rank) in exact)
            {
                if (words.Holds(id, word) && !words.Holds(id, variant) && other.TryGetValue(id, out var variantRank) && variantRank < rank)
                {
                    failures.Add($"{word} ranks {id} {rank}, {variant} ranks it {variantRank}");
                    break;
                }
            }
        }
        Assert.True(tested >= Words, $"only {tested} words with a variant");
        // The last exception (established / establisched, by one place) was the model record's OCR layer matching
        // "established" by triples spread over many garbled words (Querying.OcrWordFilter).
        Assert.True(failures.Count == 0, $"{failures.Count} of {tested} words: " + string.Join("; ", failures.Take(15)));
    }

    [Fact]
    public async Task Should_rank_the_model_record_for_Khrushchev_no_lower_than_for_Khrushchyov()
    {
        var exact = await RanksAsync("Khrushchev");
        var variant = await RanksAsync("Khrushchyov");

        Assert.True(exact[archive.Model.Id] <= variant[archive.Model.Id], $"Khrushchev {exact[archive.Model.Id]}, Khrushchyov {variant[archive.Model.Id]}");
    }

    [Fact]
    public async Task Should_rank_a_word_alone_first_in_the_records_holding_it_as_typed()
    {
        // "eventually": a record holding only "eventual" (a variant through the stem) once ranked 13th, above records
        // holding "eventually", for its few words and many of them.
        var words = new IndexWords(archive.Records);
        var ranks = await RanksAsync("eventually");
        var typed = ranks.Where(r => words.Holds(r.Key, "eventually")).ToList();
        var variants = ranks.Where(r => !words.Holds(r.Key, "eventually")).ToList();

        Assert.NotEmpty(typed);
        Assert.NotEmpty(variants);
        Assert.True(typed.Max(r => r.Value) < variants.Min(r => r.Value), $"as typed down to {typed.Max(r => r.Value)}, a variant from {variants.Min(r => r.Value)}");
    }

    [Fact]
    public async Task Should_not_let_records_without_proceed_pass_one_holding_it_when_proceed_is_added_to_eventually() =>
        // The random case CI met: dm3xvfdp9syny holds "proceed" and "eventual"; "eventually" ranked it 13th (above records
        // holding "eventually" as typed), "eventually proceed" 18th, passed by five records holding no "proceed".
        await AssertNonePassesAsync("eventually", "proceed", "dm3xvfdp9syny");

    [Fact]
    public async Task Should_not_let_records_without_usaf_pass_one_holding_it_when_the_qualifier_usaf_is_added_to_appearances_staff() =>
        // The random case CI met: "usaf" is a qualifier, a soft word, and with one the two main words need only one of
        // them. df9uzx4scnykr holds "staff", "usaf" and "appears" (a variant of "appearances"): 6th for "appearances
        // staff", 4th with "usaf", but passed by two records holding "appearances" as typed and no "staff" (which the two
        // words alone left out), since only records holding both as typed came first.
        await AssertNonePassesAsync("appearances staff", "usaf", "df9uzx4scnykr");

    /// <summary>
    /// Adding <paramref name="added"/> to <paramref name="query"/> lets no record without it pass one that holds it
    /// (<paramref name="holder"/> among them): the random property's rule, on a case it once found.
    /// </summary>
    private async Task AssertNonePassesAsync(string query, string added, string holder)
    {
        var words = new IndexWords(archive.Records);
        var before = await RanksAsync(query);
        var after = await RanksAsync(query + " " + added);
        var holders = before.Keys.Where(id => words.Holds(id, added) && after.ContainsKey(id)).ToList();

        Assert.Contains(holder, holders);
        foreach (var id in holders)
        {
            var passed = after.Where(a => a.Value < after[id] && before.GetValueOrDefault(a.Key, int.MaxValue) >= before[id] && !words.Holds(a.Key, added)).Select(a => a.Key).ToList();
            Assert.True(passed.Count == 0, $"{id} {before[id]}→{after[id]}, passed by {string.Join(", ", passed)}");
        }
    }

    [Fact]
    public async Task Should_never_let_a_record_without_an_added_word_pass_a_record_that_holds_it()
    {
        var words = new IndexWords(archive.Records);
        var sample = words.Sample(Words);
        var failures = new List<string>();
        var checkedQueries = 0;
        var gen = Gen.Select(Gen.Int[0, sample.Count - 1], Gen.Int[0, 2], Gen.Int[0, int.MaxValue]);
        var cases = new List<(string, int, int)>();
        gen.Sample(c => cases.Add((sample[c.Item1], c.Item2, c.Item3)), iter: Words, threads: 1);
        foreach (var (word, extra, seed) in cases)
        {
            var first = await RanksAsync(word);
            if (first.Count == 0)
            {
                continue;
            }
            var random = new Random(seed);
            var holder = first.Keys.Order(StringComparer.Ordinal).ElementAt(random.Next(first.Count));
            var own = words.Of(holder).Where(t => t.Length >= 4 && words.PoolTerms.Contains(t)).Order(StringComparer.Ordinal).ToList();
            if (own.Count < extra + 1)
            {
                continue;
            }
            var query = new List<string> { word };
            query.AddRange(Enumerable.Range(0, extra).Select(_ => own[random.Next(own.Count)]));
            var added = own[random.Next(own.Count)];
            var before = await RanksAsync(string.Join(' ', query));
            var after = await RanksAsync(string.Join(' ', query.Append(added)));
            checkedQueries++;
            if (!before.TryGetValue(holder, out var was))
            {
                continue;
            }
            if (!after.TryGetValue(holder, out var now))
            {
                // Below the first 100: more records than that now pass it, which is no fault when each of them holds the
                // added word too (a common word joined to a common word). It must still be found, and every record the
                // window shows that was not above it before must hold the added word.
                var alone = await archive.Index.SearchAsync(new SearchRequest { Query = string.Join(' ', query.Append(added)), RecordId = holder, Limit = 1, Snippets = 0 }, Cancel);
                if (alone.Total == 0)
                {
                    failures.Add($"'{string.Join(' ', query)}' + {added}: {holder} lost");
                    continue;
                }
                now = int.MaxValue;
            }
            var passed = after.Where(a => a.Value < now && (!before.TryGetValue(a.Key, out var r) || r >= was) && !words.Holds(a.Key, added)).Select(a => a.Key).ToList();
            if (passed.Count > 0)
            {
                failures.Add($"'{string.Join(' ', query)}' + {added}: {holder} {was}→{now}, passed by {passed.Count} without it ({passed[0]})");
            }
        }
        Assert.True(checkedQueries >= Words / 2, $"only {checkedQueries} queries checked");
        // Querying/RankedScoring is built for this to hold. The random cases that once failed (up to 3 in 1,000) were
        // records holding the added word among their people or places, which "holds" did not count; since it counts all
        // the index searches (IndexWords.Searched), 9,000 random cases failed none. So none may fail.
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedQueries}: " + string.Join("; ", failures.Take(15)));
    }

    /// <summary>
    /// Record id to 1-based rank for a query over its first 100 hits: one more than the records scoring higher, so
    /// records of equal score (to the index's 16-bit score rounding) share a rank: their order by id says nothing about the ranking.
    /// </summary>
    private async Task<Dictionary<string, int>> RanksAsync(string query)
    {
        var result = await archive.Index.SearchAsync(new SearchRequest { Query = query, Limit = 100, Snippets = 0 }, Cancel);
        return result.Hits.ToDictionary(h => h.Id, h => 1 + result.Hits.Count(o => o.Score > h.Score * (1 + 1e-4f)), StringComparer.Ordinal);
    }
}
