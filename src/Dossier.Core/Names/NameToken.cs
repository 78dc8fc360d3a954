namespace Dossier.Core.Names;

/// <summary>
/// One word of a text layer as the recogniser sees it: where it stands, whether it is written with a capital,
/// and whether it opens a sentence (where a capital proves nothing).
/// </summary>
public readonly record struct NameToken(int Start, int Length, bool Capitalized, bool SentenceStart, bool Cyrillic);
