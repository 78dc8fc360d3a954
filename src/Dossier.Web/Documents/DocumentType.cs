namespace Dossier.Web.Documents;

/// <summary>
/// The kind of document as its title names it ("Telegram From the Embassy…" is a telegram), so that a list of
/// like-titled hits can be told apart; null when the title names no known kind.
/// </summary>
public static class DocumentType
{
    /// <summary>The kinds, tried longest first (<see cref="Longest"/>): "Memorandum of Conversation" before "Memorandum".</summary>
    private static readonly string[] Kinds =
    [
        "Memorandum of Conversation", "Memorandum for the Record", "Letter", "Telegram", "Memorandum", "Editorial Note",
        "Airgram", "Despatch", "Dispatch", "Message", "Note", "Minutes", "Report", "Record", "Circular", "Instruction",
        "Paper", "Intelligence Report", "National Intelligence Estimate", "Special National Intelligence Estimate",
        "Summary", "Notes", "Diary Entry", "Transcript", "Statement", "Speech", "Cable", "Directive", "Resolution", "Decree",
        "Protocol", "Draft", "Information", "Conversation", "Minutes of", "Record of",
    ];

    /// <summary>Sorted once (sorting them for every title was most of what describing a search's hits cost).</summary>
    private static readonly string[] Longest = Kinds.OrderByDescending(k => k.Length).ToArray();

    public static string? Of(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var trimmed = title.TrimStart();
        foreach (var kind in Longest)
        {
            if (trimmed.StartsWith(kind, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == kind.Length || !char.IsLetter(trimmed[kind.Length])))
            {
                var name = kind.EndsWith(" of", StringComparison.Ordinal) ? kind[..^3] : kind;
                return name;
            }
        }
        return null;
    }
}
