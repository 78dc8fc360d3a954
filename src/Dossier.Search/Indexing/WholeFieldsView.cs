using System.Collections.Concurrent;
using Dossier.Search.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Dossier.Search.Indexing;

/// <summary>
/// The index as searches read it: two fields the index writes only where they differ from the exact field
/// (<see cref="SearchFields.Exact"/>) are read whole, their own postings and the exact field's together, and so is each
/// qualified copy of them.
/// <list type="bullet">
/// <item>The romanized field (<see cref="SearchFields.Latin"/>, written as <see cref="SearchFields.LatinAsIndexed"/>):
/// where romanizing did not change a word, the exact field holds the same term at the same position. On the 100 FRUS
/// volumes 25.7 of its 28.8 million positions were such repeats. (In an Azerbaijani layer, whose romanization changes
/// plain Latin letters, x to kh and c to j, a Latin word is also read as written: "xan" as well as "khan".)</item>
/// <item>The English stem field (<see cref="SearchFields.EnglishStem"/>, written as <see cref="SearchFields.StemAsIndexed"/>
/// in a record whose every part is English): a function word or number that is its own stem ("the", "of", "1955") is
/// left to the exact field, which holds it at the same position. Those exact terms are read, in those records only
/// (<see cref="StemmedExactTerms"/>). On the 100 FRUS volumes 12.9 of its 28.8 million positions.</item>
/// </list>
/// A term's records, document frequency, frequencies and positions are those of the whole field; its length norm is
/// the exact field's, which counts the same words (a whole stem field's own, in a record that has it whole). The sum of
/// the field's occurrences (BM25's average length) is the whole stem field's (<see cref="StemmedExactTerms"/>); the
/// romanized field's adds both fields', which is more than the whole field's by the romanized tokens written.
/// </summary>
internal sealed class WholeFieldsView : FilterDirectoryReader
{
    private WholeFieldsView(DirectoryReader input)
        : base(input, new SegmentViews())
    {
    }

    /// <summary>The view of <paramref name="reader"/>; a view is its own.</summary>
    public static DirectoryReader Of(DirectoryReader reader) => reader as WholeFieldsView ?? new WholeFieldsView(reader);

    /// <summary>
    /// The exact field a field written in part is read with ("latn" or "stem.en" → "text", "latn@ru.original" →
    /// "text@ru.original"), or null for another field.
    /// </summary>
    public static string? ExactOf(string field) =>
        IndexFields.Requalified(field, SearchFields.Latin, SearchFields.Exact) ?? IndexFields.Requalified(field, SearchFields.EnglishStem, SearchFields.Exact);

    /// <summary>True for the English stem field and its qualified copies.</summary>
    private static bool IsStem(string field) => IndexFields.Requalified(field, SearchFields.EnglishStem, SearchFields.Exact) is not null;

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new WholeFieldsView(input);

    private sealed class SegmentViews : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new Leaf(reader);
    }

    /// <summary>A segment as searches read it; every other field, stored value and doc value is the segment's own.</summary>
    private sealed class Leaf(AtomicReader input) : FilterAtomicReader(input)
    {
        private Fields? _fields;

        public override Fields Fields => _fields ??= m_input.Fields is { } fields ? new Joined(fields, m_input) : null!;

        // The same segment underneath: caches keyed by it (facet ordinals, field caches) are shared with every view of it.
        public override object CoreCacheKey => m_input.CoreCacheKey;

        public override object CombinedCoreAndDeletesKey => m_input.CombinedCoreAndDeletesKey;

        public override NumericDocValues GetNormValues(string field)
        {
            if (ExactOf(field) is not { } exact)
            {
                return m_input.GetNormValues(field);
            }
            var whole = IsStem(field) ? WholeStemRecords.Of(m_input) : null;
            if (whole?.Records is not { } records || m_input.GetNormValues(field) is not { } own)
            {
                return m_input.GetNormValues(exact);
            }
            return whole.All ? own : new StemNorms(own, m_input.GetNormValues(exact), records);
        }
    }

    /// <summary>A whole stem field's norms in the records that have it whole, the exact field's in the others.</summary>
    private sealed class StemNorms(NumericDocValues own, NumericDocValues exact, FixedBitSet whole) : NumericDocValues
    {
        public override long Get(int docID) => whole.Get(docID) ? own.Get(docID) : exact.Get(docID);
    }

    private sealed class Joined(Fields input, AtomicReader segment) : FilterAtomicReader.FilterFields(input)
    {
        /// <summary>The merged fields asked for so far, by name (a search asks for one at every term it looks up).</summary>
        private readonly ConcurrentDictionary<string, Terms> _merged = new(StringComparer.Ordinal);

        public override Terms GetTerms(string field)
        {
            if (ExactOf(field) is not { } exact)
            {
                return m_input.GetTerms(field);
            }
            if (_merged.TryGetValue(field, out var known))
            {
                return known;
            }
            var terms = m_input.GetTerms(field);
            if (m_input.GetTerms(exact) is not { } exactTerms)
            {
                return terms;
            }
            var counts = SharedTermCounts.Of(segment.CoreCacheKey, field);
            if (IsStem(field))
            {
                var whole = WholeStemRecords.Of(segment);
                if (whole.All)
                {
                    return terms;
                }
                exactTerms = new StemmedExactTerms(exactTerms, whole, counts);
            }
            return _merged.GetOrAdd(field, terms is null ? exactTerms : new MergedTerms(terms, exactTerms, counts));
        }
    }
}
