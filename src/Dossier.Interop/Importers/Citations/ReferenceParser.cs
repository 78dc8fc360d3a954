using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Citations;

/// <summary>
/// Reads a printed archival reference into a repository and its levels: "RGANI, f. 5, op. 28, d. 347. Series,
/// microfilm, reel 83"; "BArch, B 136/59748, 376-385"; "Diplomatic Archives of the Ministry of Foreign Affairs of
/// Japan, File A’0392 (Microfilm)"; "Nehru Memorial Museum and Library, File No. JNSG, vol. 21-1"; "NARA, RG 59,
/// Box 12, Folder 3"; "TNA, FO 371/135456"; "PRC FMA 109-01094-01, 1-5". One pass over the text, no regular expression.
/// </summary>
public static class ReferenceParser
{
    private const string MicrofilmSuffix = " (Microfilm)";

    private const int MaxParts = 32;

    private const int MaxRepositoryLength = 300;

    private static readonly (string Label, ReferenceLevelKind Kind, string Name, bool IgnoreCase)[] Labels =
    [
        ("f.", ReferenceLevelKind.Fonds, "fond", false),
        ("fond", ReferenceLevelKind.Fonds, "fond", true),
        ("op.", ReferenceLevelKind.Series, "opis", false),
        ("d.", ReferenceLevelKind.File, "delo", false),
        ("RG", ReferenceLevelKind.Fonds, "record group", false),
        ("Record Group", ReferenceLevelKind.Fonds, "record group", true),
        ("Entry", ReferenceLevelKind.Series, "entry", false),
        ("Series", ReferenceLevelKind.Series, "series", false),
        ("Lot", ReferenceLevelKind.Series, "lot file", false),
        ("Box", ReferenceLevelKind.File, "box", true),
        ("File No.", ReferenceLevelKind.File, "file", true),
        ("File", ReferenceLevelKind.File, "file", true),
        ("sygn.", ReferenceLevelKind.File, "sygnatura", false),
        ("Folder", ReferenceLevelKind.Item, "folder", true),
        ("vol.", ReferenceLevelKind.Item, "volume", true),
        ("Item", ReferenceLevelKind.Item, "item", true),
    ];

    private static readonly string[] SheetLabels = ["ll.", "l.", "ff.", "fols.", "fol.", "pp.", "p.", "k.", "S."];

    /// <summary>The reference printed as <paramref name="printed"/>; the text is kept in <see cref="ArchivalReference.Text"/>.</summary>
    public static ArchivalReference Parse(string printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var text = ReferenceText.Collapse(printed).TrimEnd('.', ',', ' ');
        var reference = new ArchivalReference { Text = text.Length > 0 ? text : null };
        if (text.Length == 0)
        {
            return reference;
        }
        var head = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' && ReferenceText.EndsSentence(text, i))
            {
                head = text[..i];
                var series = text[(i + 1)..].Trim();
                reference.Series = ReadMicrofilm(reference, series);
                break;
            }
        }
        ReadHead(reference, head);
        return reference;
    }

    // "Series text, 1953-1957, microfilm, reel 83": the microfilm and reel come off the end of the series.
    private static string? ReadMicrofilm(ArchivalReference reference, string series)
    {
        var segments = ReferenceText.Segments(series);
        while (segments.Count > 0)
        {
            var last = segments[^1];
            if (last.StartsWith("reel ", StringComparison.OrdinalIgnoreCase))
            {
                reference.Reel = last[5..].Trim();
            }
            else if (string.Equals(last, "microfilm", StringComparison.OrdinalIgnoreCase))
            {
                reference.Microfilm = true;
            }
            else
            {
                break;
            }
            segments.RemoveAt(segments.Count - 1);
        }
        return segments.Count == 0 ? null : string.Join(", ", segments);
    }

    private static void ReadHead(ArchivalReference reference, string head)
    {
        var segments = ReferenceText.Segments(head);
        if (segments.Count == 0)
        {
            return;
        }
        if (segments.Count > MaxParts)
        {
            // No archive's hierarchy is this deep: keep the printed form only.
            reference.Repository = segments[0].Length <= MaxRepositoryLength ? segments[0] : null;
            return;
        }
        var first = segments[0];
        var known = ArchivalRepositories.Find(first);
        string? firstLevel = null;
        if (known is null && ArchivalRepositories.FindPrefix(first, out var length) is { } prefixed)
        {
            known = prefixed;
            firstLevel = first[(length + 1)..];
            first = first[..length];
        }
        if (first.Length > MaxRepositoryLength)
        {
            return;
        }
        reference.Repository = first;
        reference.RepositoryRecord = known is null
            ? new ArchivalRepository { Name = first }
            : new ArchivalRepository { Name = known.Record.Name, Abbreviation = known.Record.Abbreviation, Country = known.Record.Country, Isil = known.Record.Isil };
        var bare = known?.BareLevelNames ?? ["fonds", "file", "item"];
        if (firstLevel is not null)
        {
            ReadLevel(reference, firstLevel, bare, last: segments.Count == 1, joiner: " ");
        }
        for (var i = 1; i < segments.Count; i++)
        {
            ReadLevel(reference, segments[i], bare, last: i == segments.Count - 1, joiner: null);
        }
    }

    private static void ReadLevel(ArchivalReference reference, string segment, IReadOnlyList<string> bare, bool last, string? joiner)
    {
        if (segment.EndsWith(MicrofilmSuffix, StringComparison.OrdinalIgnoreCase))
        {
            reference.Microfilm = true;
            segment = segment[..^MicrofilmSuffix.Length].TrimEnd();
        }
        if (segment.StartsWith("reel ", StringComparison.OrdinalIgnoreCase))
        {
            reference.Reel = segment[5..].Trim();
            return;
        }
        if (string.Equals(segment, "microfilm", StringComparison.OrdinalIgnoreCase))
        {
            reference.Microfilm = true;
            return;
        }
        foreach (var label in SheetLabels)
        {
            if (segment.Length > label.Length + 1 && segment[label.Length] == ' ' && segment.StartsWith(label, StringComparison.Ordinal))
            {
                reference.Sheets = segment[(label.Length + 1)..].Trim();
                reference.SheetsLabel = label;
                return;
            }
        }
        foreach (var (label, kind, name, ignoreCase) in Labels)
        {
            var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (segment.Length > label.Length + 1 && segment[label.Length] == ' ' && segment.StartsWith(label, comparison))
            {
                Add(reference, kind, name, segment[..label.Length], segment[(label.Length + 1)..].Trim(), joiner);
                return;
            }
        }
        if (last && reference.Levels.Count > 0 && ReferenceText.IsPageRange(segment))
        {
            reference.Sheets = segment;
            return;
        }
        if (reference.Levels.Count == 0 && ReferenceText.IsSlashedShelfmark(segment, out var slash))
        {
            Add(reference, ReferenceLevelKind.Fonds, bare[0], "", segment[..slash], joiner);
            Add(reference, ReferenceLevelKind.File, bare[1], "", segment[(slash + 1)..], "/");
            return;
        }
        if (reference.Levels.Count == 0 && string.Equals(bare[0], "record group", StringComparison.Ordinal)
            && ReferenceText.IsHyphenatedShelfmark(segment, out var parts))
        {
            ReferenceLevelKind[] kinds = [ReferenceLevelKind.Fonds, ReferenceLevelKind.File, ReferenceLevelKind.Item];
            for (var i = 0; i < parts.Length; i++)
            {
                Add(reference, kinds[i], bare[i], "", parts[i], i == 0 ? joiner : "-");
            }
            return;
        }
        // An unlabelled part is the series' own name ("Central Decimal Files"), or continues one ("1955-1959").
        if (reference.Levels.Count > 0 && reference.Levels[^1] is { Label.Length: 0, Name: "series" } previous)
        {
            previous.Value += ", " + segment;
            return;
        }
        Add(reference, ReferenceLevelKind.Series, "series", "", segment, joiner);
    }

    private static void Add(ArchivalReference reference, ReferenceLevelKind kind, string name, string label, string value, string? joiner) =>
        reference.Levels.Add(new ReferenceLevel { Kind = kind, Name = name, Label = label, Value = value, Joiner = joiner });
}
