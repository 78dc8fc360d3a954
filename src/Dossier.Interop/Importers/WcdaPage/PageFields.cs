namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>The labelled parts of a page export, as printed, each with the line it stands on (1-based).</summary>
internal sealed class PageFields
{
    public (string Text, int Line)? Date { get; set; }

    public (string Text, int Line)? Title { get; set; }

    public (string Text, int Line)? Citation { get; set; }

    public (string Text, int Line)? Url { get; set; }

    public (string Text, int Line)? Summary { get; set; }

    public (string Text, int Line)? OriginalLanguage { get; set; }

    public (string Text, int Line)? Rights { get; set; }

    public List<string> Subjects { get; } = [];

    /// <summary>The tab names at the head of the contents ("Original Scan", "Translation - English").</summary>
    public List<string> Tabs { get; } = [];

    /// <summary>The line index (0-based) where the body of the contents begins, or -1 when there are no contents.</summary>
    public int BodyStart { get; set; } = -1;

    /// <summary>The line index (0-based) just past the body: the next label after it, or the end of the file.</summary>
    public int BodyEnd { get; set; } = -1;

    /// <summary>Labels the format does not define, kept as printed.</summary>
    public Dictionary<string, string> Other { get; } = new(StringComparer.Ordinal);
}
