using System.Diagnostics;
using System.Text;
using Dossier.Core.Importing;
using Dossier.Interop.Importers.Citations;

namespace Dossier.Citations.Tests;

/// <summary>Issue 15, item 3: the citation parser is linear, and refuses a citation over the limit for descriptions.</summary>
public sealed class HostileCitationTests
{
    private const int Megabyte = 1024 * 1024;

    // Limits raised past 1 MB so the parser itself is timed, not the refusal at the door.
    private static readonly ImportLimits Wide = ImportLimits.Default with { MaxDescriptionLength = 2 * Megabyte };

    public static TheoryData<string> Shapes => ["no-commas", "capitalised-words", "contributed-credits", "commas", "quotes", "periods"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Should_parse_a_one_megabyte_hostile_citation_in_well_under_a_second(string shape)
    {
        var citation = Hostile(shape);
        CitationParser.Parse("\"warm\", 1950, Wilson Center Digital Archive, GARF, f. 1. Translated by A B.", Wide);

        // The best of three runs: the machine is shared, and a quadratic parser takes minutes on any of them.
        var best = TimeSpan.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            var parsed = CitationParser.Parse(citation, Wide);
            clock.Stop();
            Assert.NotNull(parsed.Reference);
            best = clock.Elapsed < best ? clock.Elapsed : best;
        }

        Assert.True(best < TimeSpan.FromSeconds(1), $"{shape}: {best.TotalMilliseconds:F0} ms for {citation.Length:N0} characters");
    }

    [Fact]
    public void Should_refuse_a_citation_over_the_limit_for_descriptions()
    {
        var citation = Hostile("capitalised-words");

        var error = Assert.Throws<CitationTooLongException>(() => CitationParser.Parse(citation));

        Assert.Equal(ImportLimits.Default.MaxDescriptionLength, error.Limit);
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    private static string Hostile(string shape)
    {
        var text = new StringBuilder("\"Title\", 1950, Wilson Center Digital Archive, ");
        var unit = shape switch
        {
            "no-commas" => "abcdefgh ",
            "capitalised-words" => "Abcdef Ghijk ",
            "contributed-credits" => "Contributed by Ann Example and translated by Bob Example ",
            "commas" => "f. 1, ",
            "quotes" => "\"a\" ",
            _ => "x. ",
        };
        while (text.Length < Megabyte)
        {
            text.Append(unit);
        }
        return text.ToString();
    }
}
