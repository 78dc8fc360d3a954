using CsCheck;
using Dossier.Core.Records;
using Dossier.Core.Search;
using Dossier.Search.Querying;
using Lucene.Net.Search;

namespace Dossier.Search.Tests.Querying;

/// <summary>
/// The related documents the index ranks from its postings are those <see cref="RelatedCandidate.Ranked"/> gives when
/// every record is weighed by hand: the same records in the same order with the same shared names, whatever the limit,
/// the ties at the last place shown and the number of segments.
/// </summary>
public sealed class RelatedRecordsTests
{
    private static readonly string[] Names = ["Bohlen", "Dulles", "Hoover", "Nasser", "Phleger", "Rountree"];

    private static readonly DateOnly[] Days = [new(1956, 11, 5), new(1956, 11, 6), new(1956, 11, 7)];

    [Fact]
    public void Should_rank_the_records_sharing_names_and_the_day_as_the_one_order_does()
    {
        var record = Gen.Select(Gen.Int[0, (1 << Names.Length) - 1], Gen.Int[0, Days.Length]);
        Gen.Select(record.List[2, 40], Gen.Int[1, 8], Gen.Int[1, 3]).Sample(c =>
        {
            var (shapes, limit, segments) = c;
            var records = shapes.Select((shape, i) => Make(i, shape.Item1, shape.Item2)).ToList();
            using var index = MemoryIndex.Of(records, segments);
            var asked = records[0];
            var query = new RelatedQuery(asked.Id, [.. asked.CitedAuthorityIds()], Day(asked), 1_000, limit);

            var found = RelatedRecords.Find(new IndexSearcher(index.Reader), query);

            var expected = RelatedCandidate.Ranked(records.Skip(1).Select(r => new RelatedCandidate(
                r.Id,
                [.. query.AuthorityIds.Order(StringComparer.Ordinal).Where(r.CitedAuthorityIds().Contains)],
                Day(r) is { } day && day == query.Day,
                Day(r)))).Take(limit).ToList();
            Assert.Equal(expected.Select(e => e.RecordId), found.Select(f => f.RecordId));
            Assert.Equal(expected.Select(e => string.Join(",", e.Shared.Order(StringComparer.Ordinal))), found.Select(f => string.Join(",", f.Shared.Order(StringComparer.Ordinal))));
        }, iter: 300);
    }

    private static ArchiveRecord Make(int i, int names, int day)
    {
        var record = SyntheticRecords.Make("related-" + i, "an invented memorandum number " + i, people: [.. Names.Where((_, n) => (names & (1 << n)) != 0)]);
        record.Date = day < Days.Length ? HistoricalDate.Day(Days[day]) : null;
        return record;
    }

    private static DateOnly? Day(ArchiveRecord record) => record.Date is { Precision: DatePrecision.Day } date ? date.Start : null;
}
