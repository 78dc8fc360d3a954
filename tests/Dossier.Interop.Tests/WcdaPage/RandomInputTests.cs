using System.Text;
using Dossier.Core.Importing;

namespace Dossier.Interop.Tests.WcdaPage;

public sealed class RandomInputTests
{
    private static readonly string[] Fragments =
    [
        "**August 2, 1955**", "**Citation:**", "**Contents:**", "**Summary:**", "**Original Language:**", "Russian", "Klingon",
        "<https://example.org/document/9>", "<https://example.org/>", "Translation - English", "Original Scan", "120", "4.", "-2-",
        "<sup>7</sup>", "<sup>слово</sup>", "~~зачёркнуто~~", "№ 3", "КПСС 5754", "слу-", "жит", "  ", "", "", "&amp;", "<b>", "**",
        "f. 5, op. 28, d. 347, reel 83. Translated by A and B.", "вэ бу илэ бир", "the letter was sent",
    ];

    [Fact]
    public void Should_throw_nothing_but_import_exceptions_on_arbitrary_input()
    {
        var random = new Random(1955);
        var read = 0;
        for (var round = 0; round < 300; round++)
        {
            var lines = new string[random.Next(0, 40)];
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = random.Next(3) == 0 ? RandomText(random) : Fragments[random.Next(Fragments.Length)];
            }
            try
            {
                var record = ReaderHarness.Reader.Read("random.md", lines);
                Assert.False(string.IsNullOrEmpty(record.Title));
                Assert.All(record.Layers, l => Assert.All(l.Pages, p => Assert.InRange(p.Start, 0, l.Text.Length)));
                read++;
            }
            catch (ImportException e)
            {
                Assert.StartsWith("random.md", e.Message, StringComparison.Ordinal);
            }
        }
        Assert.True(read > 0);
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(0, 60);
        for (var i = 0; i < length; i++)
        {
            var c = (char)random.Next(0x20, 0x2FFF);
            if (!char.IsSurrogate(c))
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }
}
