using Dossier.Core.Records;
using Dossier.Search.Indexing;
using Lucene.Net.Index;

namespace Dossier.Search.Querying;

/// <summary>
/// The layers a filtered search may match in: the (language, kind) pairs the request allows. A record whose
/// layers are all of one pair carries it in <see cref="IndexFields.Scope"/>, and its ordinary text fields are
/// searched; a record with layers of several pairs also has each layer's text under the layer-qualified field
/// names (<see cref="IndexFields.Qualified"/>), searched instead.
/// </summary>
internal sealed record LayerScope(IReadOnlyList<string> Qualifiers)
{
    /// <summary>The scope of a request, or null when it filters neither languages nor layer kinds.</summary>
    public static LayerScope? For(IReadOnlyList<string> languages, IReadOnlyList<string> kinds, IndexReader reader)
    {
        if (languages.Count == 0 && kinds.Count == 0)
        {
            return null;
        }
        var primaries = languages.Count > 0
            ? languages.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => IndexAnalysis.PrimaryTag(l.Trim())).Distinct(StringComparer.Ordinal).ToList()
            : IndexedLanguages(reader);
        var kindNames = kinds.Count > 0
            ? kinds.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList()
            : Enum.GetValues<LayerKind>().Select(RecordDocumentBuilder.KindName).ToList();
        return new LayerScope([.. primaries.SelectMany(p => kindNames.Select(k => IndexFields.Qualifier(p, k))).Take(64)]);
    }

    private static List<string> IndexedLanguages(IndexReader reader)
    {
        var languages = new List<string>();
        var terms = MultiFields.GetTerms(reader, IndexFields.Lang);
        if (terms is null)
        {
            return languages;
        }
        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var tag = termsEnum.Term.Utf8ToString();
            if (!tag.Contains('-', StringComparison.Ordinal))
            {
                languages.Add(tag);
            }
        }
        return languages;
    }
}
