using System.Diagnostics;
using Dossier.Core.Languages;

namespace Dossier.Bench.Languages;

/// <summary>
/// <c>languages build [--locales DIR] [--out FILE]</c> writes the n-gram profiles from gettext catalogs;
/// <c>languages [--shared DIR]</c> prints the identifier's accuracy per language on held-out text.
/// </summary>
public static class LanguageBench
{
    public static Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = FindRoot();
        if (args.FirstOrDefault() == "build")
        {
            return Task.FromResult(ProfileBuilder.Build(
                Option(args, "--locales") ?? "/usr/share/locale",
                Option(args, "--out") ?? Path.Combine(root, "src", "Dossier.Core", "Languages", "Profiles", "ngrams.tsv")));
        }
        var shared = Option(args, "--shared") ?? Path.GetFullPath(Path.Combine(root, "..", "shared"));
        return Task.FromResult(Evaluate(shared));
    }

    private static int Evaluate(string shared)
    {
        var identifier = LanguageIdentifier.Shared;
        var clock = Stopwatch.StartNew();
        var results = HeldOutText.Load(shared)
            .Select(item => (item.Set, item.Tag, Guess: identifier.Identify(item.Text).Tag, item.Text.Length))
            .ToList();
        clock.Stop();
        Console.WriteLine("Held-out text (none of it used to build the profiles); profiles from gettext catalogs.");
        var clean = results.Where(r => r.Set != HeldOutText.ManualSet).ToList();
        Table(clean);
        var total = clean.Count(r => string.Equals(r.Guess, r.Tag, StringComparison.Ordinal));
        Console.WriteLine();
        Console.WriteLine($"all: {total}/{clean.Count} ({100.0 * total / clean.Count:0.0}%); {results.Count} texts, {results.Sum(r => r.Length):N0} characters in {clock.Elapsed.TotalSeconds:0.00} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB");
        var manual = results.Where(r => r.Set == HeldOutText.ManualSet).ToList();
        if (manual.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("Translated manual pages installed here, labelled by their folder's language. Some of their paragraphs were left");
            Console.WriteLine("untranslated (English), and count as mistakes for any identifier: compare runs, not the figures with the set above.");
            Table(manual);
            var right = manual.Count(r => string.Equals(r.Guess, r.Tag, StringComparison.Ordinal));
            Console.WriteLine();
            Console.WriteLine($"manual pages: {right}/{manual.Count} ({100.0 * right / manual.Count:0.0}%), {manual.Count(r => r.Guess == "en")} of them answered English");
        }
        return 0;
    }

    private static void Table(List<(string Set, string Tag, string Guess, int Length)> results)
    {
        Console.WriteLine();
        Console.WriteLine("| set | language | right | accuracy | mistaken for |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var group in results.GroupBy(r => (r.Set, r.Tag)).OrderBy(g => g.Key.Set, StringComparer.Ordinal).ThenBy(g => g.Key.Tag, StringComparer.Ordinal))
        {
            var right = group.Count(r => string.Equals(r.Guess, r.Tag, StringComparison.Ordinal));
            var mistakes = string.Join(", ", group.Where(r => !string.Equals(r.Guess, r.Tag, StringComparison.Ordinal))
                .GroupBy(r => r.Guess, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}×{g.Count()}"));
            Console.WriteLine($"| {group.Key.Set} | {group.Key.Tag} | {right}/{group.Count()} | {100.0 * right / group.Count():0.0}% | {mistakes} |");
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Dossier.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? Directory.GetCurrentDirectory();
    }
}
