using Dossier.Core.Records;

namespace Dossier.Web.Documents;

/// <summary>One piece of a text layer as the document page shows it, in reading order.</summary>
public abstract record LayerPiece;

/// <summary>Running text; <paramref name="Hit"/> numbers it when it is a search match (anchor "hit-N").</summary>
public sealed record TextRun(string Text, int? Hit = null) : LayerPiece;

/// <summary>Where a page begins, with what stands in its margins.</summary>
public sealed record PageBreak(string? Number, string Anchor, IReadOnlyList<Marginal> Marginalia, bool IsFirst, bool InsideWord = false) : LayerPiece;

/// <summary>The anchor of a footnote at this point of the text.</summary>
public sealed record NoteReference(string Label, string Anchor, string BackAnchor) : LayerPiece;
