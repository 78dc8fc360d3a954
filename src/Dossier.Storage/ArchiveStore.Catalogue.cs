using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Storage.Records;
using Microsoft.EntityFrameworkCore;

namespace Dossier.Storage;

/// <summary>The catalogue by aggregate queries over the summary columns (see <see cref="RecordSummaryColumns"/>).</summary>
public partial class ArchiveStore : ICatalogueSummaries
{
    /// <summary>Ids asked for in one statement at most (each is a parameter, and every engine caps how many a statement holds): longer lists are asked in chunks.</summary>
    internal const int MaxParameters = 500;

    public async Task<CatalogueCounts> CountAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var ticks = now.UtcTicks;
            var open = db.Records.PublicAt(ticks);
            var total = await open.CountAsync(cancellationToken).ConfigureAwait(false);
            var undated = await open.CountAsync(r => r.DateStart == null, cancellationToken).ConfigureAwait(false);
            var years = await open.Where(r => r.DateYear != null).GroupBy(r => r.DateYear!.Value)
                .Select(g => new YearCount(g.Key, g.Count()))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var shelves = await open.Where(r => r.Repository != null).GroupBy(r => new { r.Repository, r.ArchivalPath })
                .Select(g => new { g.Key.Repository, g.Key.ArchivalPath, Count = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var next = await db.Records.Where(r => r.PublicFrom > ticks).MinAsync(r => r.PublicFrom, cancellationToken).ConfigureAwait(false);
            return new CatalogueCounts(
                total,
                undated,
                [.. years.OrderBy(y => y.Year)],
                await CollectionCountsAsync(db, ticks, cancellationToken).ConfigureAwait(false),
                [.. shelves.Select(s => new ShelfCount(s.Repository!, RecordSummaryColumns.Levels(s.ArchivalPath), s.Count))],
                next is { } lapse ? new DateTimeOffset(lapse, TimeSpan.Zero) : null);
        }
    }

    public async Task<IReadOnlyList<CatalogueLine>> ListAsync(CatalogueFilter filter, DateTimeOffset now, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var byDate = ByDate(filter);
        if (filter.Ids is { Count: > MaxParameters } ids)
        {
            // A statement holds only so many parameters: the order's keys are asked in chunks and ordered here, then the
            // summaries of the page only. Reading every summary to show a page of them took most of a person's page: the
            // 4,423 documents citing Dean Rusk in the 100 FRUS volumes.
            var keys = new List<(string Id, DateOnly? Start, string Title)>();
            foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(MaxParameters))
            {
                keys.AddRange(await KeysAsync(filter with { Ids = chunk }, now, cancellationToken).ConfigureAwait(false));
            }
            var page = InOrder(keys, byDate, k => (k.Start, k.Title, k.Id)).Skip(Math.Max(0, offset)).Take(Math.Max(0, limit)).Select(k => k.Id).ToList();
            var lines = new Dictionary<string, CatalogueLine>(StringComparer.Ordinal);
            foreach (var chunk in page.Chunk(MaxParameters))
            {
                foreach (var line in await ListAsync(filter with { Ids = chunk }, now, 0, chunk.Length, cancellationToken).ConfigureAwait(false))
                {
                    lines[line.Id] = line;
                }
            }
            // A record written between the two reads may have left the public ones: it is left out of the page.
            return [.. page.Where(lines.ContainsKey).Select(id => lines[id])];
        }
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await InOrder(Matching(db, filter, now.UtcTicks), byDate).Skip(Math.Max(0, offset)).Take(Math.Max(0, limit))
                .Select(r => new { r.Id, r.SourceRecordId, r.Summary })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(r => SummaryDocument.Line(r.Id, r.SourceRecordId, r.Summary))];
        }
    }

    /// <summary>The keys <see cref="InOrder(IQueryable{RecordRow}, bool)"/> orders the matching records by.</summary>
    private async Task<List<(string Id, DateOnly? Start, string Title)>> KeysAsync(CatalogueFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await Matching(db, filter, now.UtcTicks).Select(r => new { r.Id, r.DateStart, r.Title }).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.ConvertAll(r => (r.Id, r.DateStart, r.Title));
        }
    }

    public async Task<IReadOnlyList<CataloguePlace>> PlacesAsync(CatalogueFilter filter, DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var byDate = ByDate(filter);
        if (filter.Ids is { Count: > MaxParameters } ids)
        {
            var places = new List<CataloguePlace>();
            foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(MaxParameters))
            {
                places.AddRange(await PlacesAsync(filter with { Ids = chunk }, now, int.MaxValue, cancellationToken).ConfigureAwait(false));
            }
            return [.. InOrder(places, byDate, p => (p.Start, p.Title, p.Id)).Take(Math.Max(0, limit))];
        }
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var rows = await InOrder(Matching(db, filter, now.UtcTicks), byDate).Take(Math.Max(0, limit))
                .Select(r => new { r.Id, r.Title, r.DateStart })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var numbers = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (filter.CollectionId is { } collection)
            {
                var memberships = await db.RecordCollections.Where(c => c.CollectionId == collection).OrderBy(c => c.Position).Select(c => new { c.RecordId, c.Number })
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var membership in memberships)
                {
                    // A record in a collection twice keeps its first number, as its summary's membership does.
                    numbers.TryAdd(membership.RecordId, membership.Number);
                }
            }
            return [.. rows.Select(r => new CataloguePlace(r.Id, r.Title, r.DateStart, numbers.GetValueOrDefault(r.Id)))];
        }
    }

    public async Task<IReadOnlyList<CatalogueTitle>> TitlesAsync(IReadOnlyCollection<string> ids, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var titles = new List<CatalogueTitle>(ids.Count);
        foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(MaxParameters))
        {
            titles.AddRange(await PublicTitlesAsync(chunk, now.UtcTicks, cancellationToken).ConfigureAwait(false));
        }
        return titles;
    }

    /// <summary>By date (undated last, then title, then id) when the filter names a year, a day or a shelf, or asks for it; else by id.</summary>
    private static bool ByDate(CatalogueFilter filter) => filter.InDateOrder || filter.Year is not null || filter.Day is not null || filter.Shelf is not null;

    private static IQueryable<RecordRow> InOrder(IQueryable<RecordRow> matching, bool byDate) =>
        byDate
            ? matching.OrderBy(r => r.DateStart == null).ThenBy(r => r.DateStart).ThenBy(r => r.Title).ThenBy(r => r.Id)
            : matching.OrderBy(r => r.Id);

    /// <summary><see cref="InOrder(IQueryable{RecordRow}, bool)"/>'s order, for what was asked in chunks.</summary>
    private static IEnumerable<T> InOrder<T>(IEnumerable<T> items, bool byDate, Func<T, (DateOnly? Start, string Title, string Id)> key) =>
        byDate
            ? items.OrderBy(i => key(i).Start is null).ThenBy(i => key(i).Start).ThenBy(i => key(i).Title, StringComparer.Ordinal).ThenBy(i => key(i).Id, StringComparer.Ordinal)
            : items.OrderBy(i => key(i).Id, StringComparer.Ordinal);

    public async Task<int> CountAsync(CatalogueFilter filter, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Ids is { Count: > MaxParameters } ids)
        {
            var total = 0;
            foreach (var chunk in ids.Distinct(StringComparer.Ordinal).Chunk(MaxParameters))
            {
                total += await CountAsync(filter with { Ids = chunk }, now, cancellationToken).ConfigureAwait(false);
            }
            return total;
        }
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await Matching(db, filter, now.UtcTicks).CountAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<SharedCitations>> CitingAsync(IReadOnlyCollection<string> authorityIds, DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorityIds);
        var wanted = authorityIds.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0 || limit <= 0)
        {
            return [];
        }
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            var citations = PublicCitations(db, now.UtcTicks).Where(l => wanted.Contains(l.AuthorityId!));
            var top = await TopCitingAsync(db, wanted, now.UtcTicks, limit, cancellationToken).ConfigureAwait(false);
            var pairs = new List<(string RecordId, string AuthorityId)>();
            foreach (var ids in top.Select(t => t.RecordId).Chunk(MaxParameters))
            {
                var found = await citations.Where(l => ids.Contains(l.RecordId)).Select(l => new { l.RecordId, l.AuthorityId })
                    .Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
                pairs.AddRange(found.Select(p => (p.RecordId, p.AuthorityId!)));
            }
            var cited = pairs.ToLookup(p => p.RecordId, p => p.AuthorityId, StringComparer.Ordinal);
            return [.. top.Select(t => new SharedCitations(t.RecordId, [.. cited[t.RecordId].Order(StringComparer.Ordinal)]))];
        }
    }

    /// <summary>
    /// The records citing most of <paramref name="wanted"/>, most first, that are public at <paramref name="ticks"/>. The
    /// links are counted whoever's they are (a record's visibility does not change its count), and the ranked records
    /// are then checked a page at a time: checking each link's record first read a record row per link (53,000 for a
    /// document naming Dulles and Eisenhower on the 100-volume archive, 0.34 s; this way 0.18 s).
    /// </summary>
    private static async Task<List<(string RecordId, int Count)>> TopCitingAsync(DossierContext db, List<string> wanted, long ticks, int limit, CancellationToken cancellationToken)
    {
        var ranked = db.RecordLinks.Where(l => l.AuthorityId != null && l.AuthorityId != "" && wanted.Contains(l.AuthorityId))
            .GroupBy(l => l.RecordId)
            .Select(g => new { RecordId = g.Key, Count = g.Select(l => l.AuthorityId).Distinct().Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.RecordId);
        var page = limit >= int.MaxValue / 4 ? int.MaxValue : Math.Max(32, limit * 2);
        var top = new List<(string RecordId, int Count)>();
        for (var offset = 0; top.Count < limit; offset += page)
        {
            var batch = await ranked.Skip(offset).Take(page).ToListAsync(cancellationToken).ConfigureAwait(false);
            var visible = new HashSet<string>(StringComparer.Ordinal);
            foreach (var ids in batch.Select(b => b.RecordId).Chunk(MaxParameters))
            {
                visible.UnionWith(await db.Records.PublicAt(ticks).Where(r => ids.Contains(r.Id)).Select(r => r.Id)
                    .ToListAsync(cancellationToken).ConfigureAwait(false));
            }
            top.AddRange(batch.Where(b => visible.Contains(b.RecordId)).Select(b => (b.RecordId, b.Count)).Take(limit - top.Count));
            if (batch.Count < page || page == int.MaxValue)
            {
                break;
            }
        }
        return top;
    }

    public async Task<IReadOnlySet<string>> CitedAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            // Each cited authority once, then whether a public record cites it, stopping at the first. A record's public
            // check reads its row, whose public_from stands after the document: SQLite walks the document's overflow
            // pages to reach it. Checked for every link naming an authority (361,616 on the 100 FRUS volumes), that read
            // the whole file, 1.4 s of every People and Places finder's answer; checked for every authority, 60 ms.
            // Written in SQL, as both providers read it: EF Core moves a LINQ query's DISTINCT outside the check, which
            // then runs for every link again. The public rule is PublicRecords.PublicAt's.
            var ticks = now.UtcTicks;
            var ids = await db.Database.SqlQuery<string>($"""
                SELECT a.authority_id AS "Value"
                FROM (SELECT DISTINCT authority_id FROM record_links WHERE authority_id IS NOT NULL AND authority_id <> '') AS a
                WHERE EXISTS (
                    SELECT 1 FROM record_links AS l JOIN records AS r ON r.id = l.record_id
                    WHERE l.authority_id = a.authority_id AND r.public_from IS NOT NULL AND r.public_from <= {ticks})
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
            return ids.ToHashSet(StringComparer.Ordinal);
        }
    }

    public async Task<IReadOnlySet<string>> CommonAsync(IReadOnlyCollection<string> authorityIds, int above, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorityIds);
        var common = new HashSet<string>(StringComparer.Ordinal);
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            foreach (var id in authorityIds.Distinct(StringComparer.Ordinal))
            {
                // Read from the (authority_id, record_id) index, stopping at the first record past the bound.
                var citing = await db.RecordLinks.Where(l => l.AuthorityId == id).Select(l => l.RecordId).Distinct().Take(above + 1)
                    .CountAsync(cancellationToken).ConfigureAwait(false);
                if (citing > above)
                {
                    common.Add(id);
                }
            }
        }
        return common;
    }

    public async Task<IReadOnlyList<CoCitation>> CitedAlongsideAsync(string authorityId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(authorityId);
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            // One statement: the citing records' other links, counted by authority in the database. Reading every link of
            // the 19,798 records citing Washington into the process to count them there took about a second.
            var citing = Matching(db, new CatalogueFilter { CitedBy = authorityId }, now.UtcTicks).Select(r => r.Id);
            var counts = await db.RecordLinks
                .Where(l => l.AuthorityId != null && l.AuthorityId != "" && l.AuthorityId != authorityId && citing.Contains(l.RecordId))
                .GroupBy(l => l.AuthorityId!)
                .Select(g => new { AuthorityId = g.Key, Records = g.Select(l => l.RecordId).Distinct().Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. counts.OrderByDescending(c => c.Records).ThenBy(c => c.AuthorityId, StringComparer.Ordinal).Select(c => new CoCitation(c.AuthorityId, c.Records))];
        }
    }

    public async Task<IReadOnlySet<string>> HiddenAsync(IReadOnlyCollection<string> sources, DateTimeOffset now, IReadOnlySet<string>? publicCollections = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var db = CreateContext();
        await using (db.ConfigureAwait(false))
        {
            return await PublicRecords.HiddenAsync(db, sources, now.UtcTicks, publicCollections, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IQueryable<RecordLinkRow> PublicCitations(DossierContext db, long ticks) =>
        db.RecordLinks.Where(l => l.AuthorityId != null && l.AuthorityId != "")
            .Where(l => db.Records.PublicAt(ticks).Any(r => r.Id == l.RecordId));

    private static IQueryable<RecordRow> Matching(DossierContext db, CatalogueFilter filter, long ticks)
    {
        var query = filter.AnyStatus ? db.Records : db.Records.PublicAt(ticks);
        if (filter.Year is { } year)
        {
            query = query.Where(r => r.DateYear == year);
        }
        if (filter.Day is { } day)
        {
            query = query.Where(r => r.DatePrecision == DatePrecision.Day && r.DateStart == day);
        }
        if (filter.Undated is { } undated)
        {
            query = undated ? query.Where(r => r.DateStart == null) : query.Where(r => r.DateStart != null);
        }
        if (filter.Shelf is { } shelf)
        {
            var path = RecordSummaryColumns.Path(shelf.Levels);
            query = query.Where(r => r.Repository == shelf.Repository && r.ArchivalPath == path);
        }
        if (filter.CollectionId is { } collection)
        {
            // The members first, then their rows: `id IN (members)`. A correlated EXISTS had SQLite walk every public
            // record and the collection's members for each (4 s for one volume of 100; the document page asks it).
            var members = db.RecordCollections.Where(c => c.CollectionId == collection).Select(c => c.RecordId);
            query = query.Where(r => members.Contains(r.Id));
        }
        if (filter.CitedBy is { } cited)
        {
            // `id IN (the records linked to it)`, by the links' index on the authority.
            var citing = db.RecordLinks.Where(l => l.AuthorityId == cited).Select(l => l.RecordId);
            query = query.Where(r => citing.Contains(r.Id));
        }
        if (filter.Ids is { } ids)
        {
            var wanted = ids.ToList();
            query = query.Where(r => wanted.Contains(r.Id));
        }
        return query;
    }

    private static async Task<IReadOnlyList<CollectionCount>> CollectionCountsAsync(DossierContext db, long ticks, CancellationToken cancellationToken)
    {
        var counts = await db.RecordCollections
            .Where(c => db.Records.PublicAt(ticks).Any(r => r.Id == c.RecordId))
            .GroupBy(c => c.CollectionId)
            .Select(g => new { CollectionId = g.Key, Count = g.Select(c => c.RecordId).Distinct().Count(), Title = g.Min(c => c.Title) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = counts.Select(c => c.CollectionId).ToList();
        var stored = await db.Collections.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Title })
            .ToDictionaryAsync(c => c.Id, c => c.Title, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        return
        [
            .. counts.Select(c => new CollectionCount(
                c.CollectionId,
                stored.TryGetValue(c.CollectionId, out var title) ? title : string.IsNullOrWhiteSpace(c.Title) ? c.CollectionId : c.Title,
                c.Count))
            .OrderBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.CollectionId, StringComparer.Ordinal),
        ];
    }
}
