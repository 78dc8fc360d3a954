using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Tei;

/// <summary>
/// The FRUS source note ("Source: Department of State, Central Files, 761.00/1–1055. Secret."): the document's
/// archival reference. Marked <c>type="source"</c> in most volumes; older ones give it as note 0 of the head.
/// </summary>
internal static partial class TeiSourceNote
{
    private static readonly string[] Repositories =
    [
        "National Archives", "Library of Congress", "Washington National Records Center", "Central Intelligence Agency",
        "Department of State", "Department of Defense", "Department of the Treasury", "Department of the Army",
        "Department of the Navy", "Department of the Air Force", "Joint Chiefs of Staff", "White House",
        "Nixon Presidential Materials", "Naval Historical Center", "United Nations",
    ];

    public static bool IsSource(XElement note)
    {
        if (string.Equals(Tei.Attr(note, "type"), "source", StringComparison.Ordinal))
        {
            return true;
        }
        if (Tei.Attr(note, "type") is not null || note.Parent?.Name.LocalName != "head")
        {
            return false;
        }
        return string.Equals(Tei.Attr(note, "n"), "0", StringComparison.Ordinal)
            || TeiTextBuilder.PlainText(note).StartsWith("Source:", StringComparison.Ordinal);
    }

    public static ArchivalReference Parse(string text)
    {
        var printed = SourceLabel().Replace(text, "").Trim();
        var reference = new ArchivalReference { Text = printed };
        var firstSentence = FirstSentence().Match(printed).Value.TrimEnd('.').Trim();
        var repository = Repositories.FirstOrDefault(r => firstSentence.StartsWith(r, StringComparison.Ordinal))
            ?? Library().Match(firstSentence) switch
            {
                { Success: true } m => m.Value,
                _ => null,
            };
        if (repository is null && DecimalFile().IsMatch(firstSentence))
        {
            // Older volumes cite the Department's decimal file alone ("501.BB/4–1348: Telegram"): the Central Files.
            reference.Repository = "Department of State";
            reference.Series = "Central Files, " + firstSentence;
            return reference;
        }
        if (repository is null)
        {
            return reference;
        }
        reference.Repository = repository;
        var series = firstSentence[repository.Length..].TrimStart(',', ' ', ':');
        reference.Series = series.Length > 0 ? series : null;
        return reference;
    }

    [GeneratedRegex(@"^\s*Source:?\s*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SourceLabel();

    // A sentence ends at ". " followed by a capital, but not after an initial or an abbreviation like "Lot 66 D 204";
    // before a security classification it ends even after a capital: "POL 27 VIET S. Top Secret; Priority; Nodis",
    // "Vietnam (Misc.) I. Top Secret" (768 levels of the 100 FRUS volumes carried their classification); and before a
    // comma that a classification follows, as a few notes print it: "684A.86/8–2455, Top Secret; Niact" (but not in a
    // series named after one: "White House Central Files, Confidential File").
    [GeneratedRegex(@"^.*?(?:(?<![A-Z]|\b(?:No|Nos|p|pp|vol|Vol))\.(?=\s+[A-Z(]|\s*$)|\.(?=\s+(?:Top Secret|Secret|Confidential|Limited Official Use|Official Use Only|Unclassified|Eyes Only)\b)|(?=,\s+(?:Top Secret|Secret|Confidential|Limited Official Use|Official Use Only|Unclassified|Eyes Only)\s*[;.])|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Patterns.TimeoutMilliseconds)]
    private static partial Regex FirstSentence();

    [GeneratedRegex(@"^\d{3}\.[0-9A-Z]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DecimalFile();

    [GeneratedRegex(@"^[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)* (?:Presidential )?Library", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Library();
}
