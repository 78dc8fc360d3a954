using Lucene.Net.Analysis;

namespace Dossier.Search.Indexing;

/// <summary>
/// The writer's analyzer: fields given as text (the title) use the language-neutral chain; between the
/// instances of a field (one per layer) it leaves a wide position gap so phrases never join two layers, and an
/// offset gap of one, which the snippets' offset arithmetic assumes.
/// </summary>
internal sealed class LayerGapAnalyzer : AnalyzerWrapper
{
    public const int OffsetGap = 1;

    /// <summary>Positions between one instance of a field and the next, which <see cref="WordSpans"/>' readers count on.</summary>
    public const int PositionGap = 100;

    public LayerGapAnalyzer()
        : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    public override int GetPositionIncrementGap(string fieldName) => PositionGap;

    public override int GetOffsetGap(string fieldName) => OffsetGap;

    protected override Analyzer GetWrappedAnalyzer(string fieldName) => IndexAnalysis.For(null);
}
