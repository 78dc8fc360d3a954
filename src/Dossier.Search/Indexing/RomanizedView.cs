using System.Collections.Concurrent;
using Dossier.Search.Analysis;
using Lucene.Net.Index;

namespace Dossier.Search.Indexing;

/// <summary>
/// The index as searches read it: the romanized field (<see cref="SearchFields.Latin"/>, and each qualified copy of it)
/// is its own postings and the exact field's (<see cref="SearchFields.Exact"/>) together. The index writes the romanized
/// field only where romanizing changed a word (<see cref="SearchFields.LatinAsIndexed"/>): where it did not, the exact
/// field holds the same term at the same position, so both together are every romanized token. On the 100 FRUS
/// volumes 25.7 of its 28.8 million positions were such repeats. A romanized term's records, document frequency,
/// frequencies and positions are those of the whole field; its length norm is the exact field's, which counts the same
/// words. (In an Azerbaijani layer, whose romanization changes plain Latin letters, x to kh and c to j, a Latin word is
/// also read as written: "xan" as well as "khan".)
/// </summary>
internal sealed class RomanizedView : FilterDirectoryReader
{
    private RomanizedView(DirectoryReader input)
        : base(input, new SegmentViews())
    {
    }

    /// <summary>The view of <paramref name="reader"/>; a view is its own.</summary>
    public static DirectoryReader Of(DirectoryReader reader) => reader as RomanizedView ?? new RomanizedView(reader);

    /// <summary>The exact field a romanized field is read with ("latn" → "text", "latn@ru.original" → "text@ru.original"), or null for another field.</summary>
    public static string? ExactOf(string field) => IndexFields.Requalified(field, SearchFields.Latin, SearchFields.Exact);

    protected override DirectoryReader DoWrapDirectoryReader(DirectoryReader input) => new RomanizedView(input);

    private sealed class SegmentViews : SubReaderWrapper
    {
        public override AtomicReader Wrap(AtomicReader reader) => new Leaf(reader);
    }

    /// <summary>A segment as searches read it; every other field, stored value and doc value is the segment's own.</summary>
    private sealed class Leaf(AtomicReader input) : FilterAtomicReader(input)
    {
        private Fields? _fields;

        public override Fields Fields => _fields ??= m_input.Fields is { } fields ? new Joined(fields, m_input.CoreCacheKey) : null!;

        // The same segment underneath: caches keyed by it (facet ordinals, field caches) are shared with every view of it.
        public override object CoreCacheKey => m_input.CoreCacheKey;

        public override object CombinedCoreAndDeletesKey => m_input.CombinedCoreAndDeletesKey;

        public override NumericDocValues GetNormValues(string field) => m_input.GetNormValues(ExactOf(field) ?? field);
    }

    private sealed class Joined(Fields input, object coreKey) : FilterAtomicReader.FilterFields(input)
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
            return _merged.GetOrAdd(field, terms is null ? exactTerms : new MergedTerms(terms, exactTerms, SharedTermCounts.Of(coreKey, field)));
        }
    }
}
