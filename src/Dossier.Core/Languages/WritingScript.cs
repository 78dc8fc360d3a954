namespace Dossier.Core.Languages;

/// <summary>The writing systems the identifier tells apart, with their ISO 15924 codes in the names.</summary>
internal enum WritingScript
{
    None,
    Latn,
    Cyrl,
    Arab,
    Other,
}
