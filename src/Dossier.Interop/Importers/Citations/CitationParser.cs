using System.Text.RegularExpressions;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Citations;

/// <summary>
/// Reads a Wilson Center style citation: "Title", date, publishing archive, repository, f./op./d./l.
/// (fond, opis, delo, sheets of the Russian archival hierarchy), series, microfilm reel, then the credits
/// ("Contributed by X and translated by Y", "Obtained by …", "Translated by X and Y").
/// </summary>
public static partial class CitationParser
{
    public static ParsedCitation Parse(string? citation)
    {
        var result = new ParsedCitation();
        if (string.IsNullOrWhiteSpace(citation))
        {
            return result;
        }
        var text = Regex.Replace(citation.Trim(), @"\s+", " ");
        var rest = TitlePattern().Replace(text, "", 1);

        var archive = ArchivePattern().Match(rest);
        if (archive.Success)
        {
            result.Archive = archive.Groups["archive"].Value.Trim();
        }

        var credits = CreditStartPattern().Match(rest);
        var reference = credits.Success ? rest[..credits.Index] : rest;
        ReadReference(reference, archive.Success ? archive.Index + archive.Length : 0, result.Reference);
        if (credits.Success)
        {
            ReadCredits(rest[credits.Index..], result.Contributors);
        }
        return result;
    }

    private static void ReadReference(string text, int afterArchive, ArchivalReference reference)
    {
        var fond = FondPattern().Match(text);
        if (!fond.Success)
        {
            var printed = text[Math.Min(afterArchive, text.Length)..].Trim(' ', ',', '.');
            reference.Text = printed.Length > 0 ? printed : null;
            return;
        }
        reference.Repository = fond.Groups["repo"].Value.Trim();
        reference.Fond = fond.Groups["fond"].Value;
        reference.Opis = NullIfEmpty(fond.Groups["opis"].Value);
        reference.Delo = NullIfEmpty(fond.Groups["delo"].Value);
        reference.Sheets = NullIfEmpty(fond.Groups["sheets"].Value.Trim().TrimEnd('.', ',').Replace('–', '-'));

        var tail = text[(fond.Index + fond.Length)..];
        var reel = ReelPattern().Match(tail);
        if (reel.Success)
        {
            reference.Reel = reel.Groups["reel"].Value;
            tail = tail.Remove(reel.Index, reel.Length);
        }
        var series = MicrofilmPattern().Replace(tail, "").Trim(' ', ',', '.');
        reference.Series = series.Length > 0 ? series : null;
    }

    private static void ReadCredits(string text, List<Contributor> contributors)
    {
        foreach (Match credit in CreditPattern().Matches(text))
        {
            var role = credit.Groups["verb"].Value.ToLowerInvariant() switch
            {
                "translated" => ContributorRole.Translator,
                "transcribed" => ContributorRole.Transcriber,
                "edited" => ContributorRole.Editor,
                _ => ContributorRole.Contributor,
            };
            foreach (var name in NameSeparatorPattern().Split(credit.Groups["names"].Value))
            {
                var clean = name.Trim().TrimEnd('.', ',', ';').Trim();
                if (clean.Length > 0 && !contributors.Any(c => c.Role == role && string.Equals(c.Name, clean, StringComparison.Ordinal)))
                {
                    contributors.Add(new Contributor { Name = clean, Role = role });
                }
            }
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    [GeneratedRegex(@"^""[^""]*"",?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"(?<archive>[\p{Lu}][\p{L} .'&-]*?(?:Digital Archive|Archive|Archives|Library))\s*[,.]", RegexOptions.CultureInvariant)]
    private static partial Regex ArchivePattern();

    [GeneratedRegex(@"(?<repo>[^,.]+),\s*f\.\s*(?<fond>[\w-]+)(?:,\s*op\.\s*(?<opis>[\w-]+))?(?:,\s*d\.\s*(?<delo>[\w-]+))?(?:,\s*ll?\.\s*(?<sheets>[\d\s,–-]+[\d]))?\.?", RegexOptions.CultureInvariant)]
    private static partial Regex FondPattern();

    [GeneratedRegex(@",?\s*reel\s+(?<reel>[\w-]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReelPattern();

    [GeneratedRegex(@",?\s*microfilm\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MicrofilmPattern();

    [GeneratedRegex(@"\b(?:Contributed|Translated|Obtained|Donated|Transcribed|Edited)\b[^.]*?\bby\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditStartPattern();

    [GeneratedRegex(@"\b(?<verb>Contributed|Translated|Obtained|Donated|Transcribed|Edited)\b(?:\s+(?:for|from|to)\s+[^.]*?)?\s+by\s+(?<names>.+?)(?=,?\s+and\s+(?:was\s+)?(?:contributed|translated|obtained|donated|transcribed|edited)\b|(?<!\b\p{Lu})\.\s|(?<!\b\p{Lu})\.$|;|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CreditPattern();

    [GeneratedRegex(@"\s*,\s*and\s+|\s+and\s+|\s*,\s*|\s*&\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparatorPattern();
}
