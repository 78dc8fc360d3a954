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
