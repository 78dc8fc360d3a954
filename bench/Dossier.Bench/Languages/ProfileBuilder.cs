using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Core.Languages;

namespace Dossier.Bench.Languages;

/// <summary>Builds the shipped n-gram profiles (src/Dossier.Core/Languages/Profiles/ngrams.tsv) from gettext catalogs.</summary>
internal static partial class ProfileBuilder
{
    private const int MaxCharacters = 400_000;
    private const int MaxTrigrams = 3_000;
    private const int MaxBigrams = 1_500;
    private const int MinCount = 2;

    public static int Build(string locales, string output)
    {
        var file = new StringBuilder();
        file.Append("# Character n-gram profiles for Dossier's language identifier, written by `bench -- languages build`.\n")
            .Append("# Built from the gettext catalogs of free software (Debian packages' /usr/share/locale/*/LC_MESSAGES/*.mo),\n")
            .Append("# never from the evaluation texts (UDHR, time-capsule letters). Counts only: no text is kept.\n")
            .Append("# Format: \"@ tag script total1 distinct1 total2 distinct2 total3 distinct3\", then \"ngram<TAB>count\".\n");
        Console.WriteLine("| tag | locales | messages | characters | catalogs |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var source in TrainingSource.All)
        {
            var (text, messages, catalogs) = Collect(locales, source);
            var counts = new Dictionary<string, long>(StringComparer.Ordinal);
            var totals = new long[LanguageNgrams.MaxOrder + 1];
            LanguageNgrams.Visit(text, source.Script, (gram, order) =>
            {
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
                totals[order]++;
            });
            var distinct = new long[LanguageNgrams.MaxOrder + 1];
            foreach (var gram in counts.Keys)
            {
                distinct[gram.Length]++;
            }
            file.Append(CultureInfo.InvariantCulture, $"@ {source.Tag} {source.Script}");
            for (var order = 1; order <= LanguageNgrams.MaxOrder; order++)
            {
                file.Append(CultureInfo.InvariantCulture, $" {totals[order]} {distinct[order]}");
            }
            file.Append('\n');
            for (var order = 1; order <= LanguageNgrams.MaxOrder; order++)
            {
                var limit = order switch { 1 => int.MaxValue, 2 => MaxBigrams, _ => MaxTrigrams };
                var kept = counts.Where(c => c.Key.Length == order && (order == 1 || c.Value >= MinCount))
                    .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(limit);
                foreach (var (gram, count) in kept)
                {
                    file.Append(CultureInfo.InvariantCulture, $"{gram}\t{count}\n");
                }
            }
            Console.WriteLine($"| {source.Tag} | {string.Join(" ", source.Locales)}{(source.Originals ? " (originals)" : "")}{(source.RespellFrom is null ? "" : " (respelt in Cyrillic)")} | {messages} | {text.Length} | {catalogs} |");
        }
        File.WriteAllText(output, file.ToString(), new UTF8Encoding(false));
        Console.WriteLine($"wrote {output}");
        return 0;
    }

    private static (string Text, int Messages, int Catalogs) Collect(string locales, TrainingSource source)
    {
        var text = new StringBuilder();
        var messages = 0;
        var catalogs = 0;
        foreach (var locale in source.Locales)
        {
            var folder = Path.Combine(locales, locale, "LC_MESSAGES");
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var path in Directory.GetFiles(folder, "*.mo").Order(StringComparer.Ordinal))
            {
                catalogs++;
                foreach (var (original, translation) in GettextCatalog.Read(path))
                {
                    if (text.Length >= MaxCharacters)
                    {
                        return (text.ToString(), messages, catalogs);
                    }
                    if (!source.Originals && string.Equals(original, translation, StringComparison.Ordinal))
                    {
                        continue; // left untranslated
                    }
                    foreach (var form in (source.Originals ? original : translation).Split('\0'))
                    {
                        var clean = Clean(form);
                        if (source.RespellFrom is { } language && Share(clean, "Latn") > 0.5)
                        {
                            clean = CyrillicSpelling.Write(language, clean);
                        }
                        if (Share(clean, source.Script) >= 0.8)
                        {
                            text.Append(clean).Append('\n');
                            messages++;
                        }
                    }
                }
            }
        }
        return (text.ToString(), messages, catalogs);
    }

    /// <summary>Drops what is not language: format directives, markup, mnemonics, addresses.</summary>
    private static string Clean(string message)
    {
        var text = Markup().Replace(message, " ");
        text = Directive().Replace(text, " ");
        text = Address().Replace(text, " ");
        return text.Replace("_", "", StringComparison.Ordinal).Replace("&", "", StringComparison.Ordinal);
    }

    private static double Share(string text, string script)
    {
        var letters = 0;
        var ofScript = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (LanguageNgrams.IsLetterOf(c, script))
                {
                    ofScript++;
                }
            }
        }
        return letters == 0 ? 0 : ofScript / (double)letters;
    }

    [GeneratedRegex(@"<[^<>]{0,200}>|&[a-z]+;|\{[^{}]{0,50}\}")]
    private static partial Regex Markup();

    [GeneratedRegex(@"%(\d+\$)?[-+ #0'I]*(\d+|\*)?(\.(\d+|\*))?(hh|h|ll|l|L|q|j|z|t|I64|I32)?[a-zA-Z%]|\$\{?[A-Za-z_]+\}?|\\[ntr]")]
    private static partial Regex Directive();

    [GeneratedRegex(@"\S+@\S+|[a-z]+://\S+|--?[a-z][\w-]*")]
    private static partial Regex Address();
}
