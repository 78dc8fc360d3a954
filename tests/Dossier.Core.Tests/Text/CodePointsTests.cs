using System.Buffers;
using System.Text;
using CsCheck;
using Dossier.Core.Authorities;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Text;

public sealed class CodePointsTests
{
    [Fact]
    public void Should_find_the_first_code_point_that_is_not_a_character()
    {
        // Built in code: a test attribute's strings lose their lone surrogates on the way to the runner.
        (string Text, int? Expected)[] cases =
        [
            ("Beria", null), ("Пишевери 😀", null), ("a\0b", 1), ("ab\uD800", 2), ("\uDC00x", 0), ("x\uFFFE", 1), ("x\uFDD0", 1),
            ("x\uD83F\uDFFF", 1), ("\uD83D\uDE00\uD800", 2),
        ];
        foreach (var (text, expected) in cases)
        {
            Assert.True(expected == CodePoints.FirstForbidden(text), $"{Escaped(text)}: expected {expected}, got {CodePoints.FirstForbidden(text)}");
        }
    }

    [Fact]
    public void Should_find_what_a_scan_of_every_code_point_finds_in_any_text()
    {
        // Mostly letters that are whole code points, with what may stand among them: NUL, surrogates paired and lone,
        // noncharacters of the BMP and of the planes above, and the allowed code units above U+D7FF around them.
        char[] units = ['a', 'я', 'ə', '\u05D0', '\uD7FF', '\0', '\u0001', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', '\uD83F', '\uE000', '\uFDCF', '\uFDD0', '\uFDEF', '\uFDF0', '\uFFFD', '\uFFFE', '\uFFFF'];
        Gen.Select(Gen.String[Gen.Char['a', 'z'], 0, 80], Gen.Int[0, units.Length - 1].Array[0, 4], Gen.Int[0, 80].Array[4]).Sample((letters, picks, places) =>
        {
            var text = new StringBuilder(letters);
            for (var i = 0; i < picks.Length; i++)
            {
                text.Insert(Math.Min(places[i], text.Length), units[picks[i]]);
            }
            var value = text.ToString();
            Assert.True(Scanned(value) == CodePoints.FirstForbidden(value), Escaped(value));
        }, iter: 20_000);
    }

    /// <summary>The rule read code point by code point: what the skipping of allowed runs must agree with.</summary>
    private static int? Scanned(string text)
    {
        for (var at = 0; at < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(at), out var rune, out var used) != OperationStatus.Done
                || rune.Value == 0 || rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE)
            {
                return at;
            }
            at += used;
        }
        return null;
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:X4}"));

    [Fact]
    public void Should_replace_each_forbidden_code_point_and_keep_the_rest()
    {
        Assert.Equal("Be\uFFFDria\uFFFD 😀", CodePoints.Clean("Be\uD800ria\uFFFF 😀"));
        var clean = "Хрущев";
        Assert.Same(clean, CodePoints.Clean(clean));
    }

    [Fact]
    public void Should_leave_a_cleaned_text_that_unicode_normalization_accepts()
    {
        var cleaned = CodePoints.Clean("\uDC00Пишев\u0435\u0308ри\uFFFE\uD800");

        Assert.Equal("\uFFFDПишевёри\uFFFD\uFFFD", cleaned.Normalize(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void Should_compose_what_a_visitor_types_wherever_a_name_or_query_is_normalized_without_throwing()
    {
        // What .NET's normalization throws on (a noncharacter, a lone surrogate) beside a decomposed ё.
        Assert.Equal("Пишевёри\uFFFD", CodePoints.Compose("Пишев\u0435\u0308ри\uFFFE"));
        Assert.Equal("khrushchev, n", AuthorityId.NormalizeHeading("\uDC00Khrushchev, N."));
        Assert.Equal("пишевёри", AuthorityId.NormalizeHeading("Пишев\u0435\u0308ри\uFFFE"));
        Assert.Equal(NameKey.For("Beria"), NameKey.For("Beria\uD800"));
    }
}
