namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>
/// The part of a text that language identification looks at: its first few thousand characters, cut at a space.
/// A language shows in a page of text; feeding a statistical identifier megabytes only makes a hostile page slow.
/// </summary>
internal static class LanguageSample
{
    public const int Length = 2_000;

    public static string Of(string text)
    {
        if (text.Length <= Length)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', Length - 1, Length / 4);
        return text[..(cut > 0 ? cut : Length)];
    }
}
