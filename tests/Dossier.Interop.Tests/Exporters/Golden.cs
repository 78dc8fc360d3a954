using System.Text;
using System.Text.RegularExpressions;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Exporters;

/// <summary>
/// Golden files in Exporters/Golden/: the output is compared with the checked-in file after timestamps and tokens are
/// scrubbed. DOSSIER_UPDATE_GOLDEN=1 rewrites the files instead (review the diff before committing it).
/// </summary>
internal static partial class Golden
{
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Shared.Root, "tests", "Dossier.Interop.Tests", "Exporters", "Golden", name);
        var scrubbed = Scrub(actual.ReplaceLineEndings("\n"));
        if (string.Equals(Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN"), "1", StringComparison.Ordinal))
        {
            File.WriteAllText(path, scrubbed, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(path), $"golden file missing: {path} (run with DOSSIER_UPDATE_GOLDEN=1 to write it)");
        Assert.Equal(File.ReadAllText(path), scrubbed);
    }

    /// <summary>Every UTC timestamp becomes a placeholder, and resumption tokens (signed over one) too.</summary>
    public static string Scrub(string text)
    {
        text = TimestampPattern().Replace(text, "{timestamp}");
        return TokenPattern().Replace(text, "$1{token}$2");
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"(<resumptionToken[^>]*>)[^<]+(</resumptionToken>)", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
