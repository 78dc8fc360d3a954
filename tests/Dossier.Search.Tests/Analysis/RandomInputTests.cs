using System.Text;
using Dossier.Search.Analysis;

namespace Dossier.Search.Tests.Analysis;

public sealed class RandomInputTests
{
    private static readonly string[] Fields =
        [SearchFields.Exact, SearchFields.Title, "stem.en", "stem.ru", "stem.az", "stem.other", SearchFields.Latin, SearchFields.Key, SearchFields.Ocr];

    private const string Joiners = "-’'\u00AD\u200B.,İı\u2011";

    private static readonly string?[] Languages = [null, "en", "ru", "az", "tr", "de"];

    [Fact]
    public void Should_never_throw_on_arbitrary_unicode_in_any_field()
    {
        var random = new Random(20261128);
        var analyzed = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText(random);
            var field = Fields[i % Fields.Length];
            var language = Languages[i % Languages.Length];

            var tokens = DossierAnalyzers.Tokens(field, text, language);

            foreach (var token in tokens)
            {
                Assert.InRange(token.StartOffset, 0, text.Length);
                Assert.InRange(token.EndOffset, token.StartOffset, text.Length);
            }

            analyzed += tokens.Count;
        }

        Assert.True(analyzed > 1000);
    }

    private static string RandomText(Random random)
    {
        var sb = new StringBuilder();
        var length = random.Next(0, 60);
        for (var i = 0; i < length; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                    sb.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x10FFFF) is var cp && cp is >= 0xD800 and <= 0xDFFF ? 0x1F600 : cp));
                    break;
                case 1:
                    sb.Append((char)random.Next(0xD800, 0xE000)); // lone surrogate
                    break;
                case 2:
                    sb.Append((char)random.Next(0x300, 0x370)); // combining mark
                    break;
                case 3:
                    sb.Append((char)random.Next(0x590, 0x700)); // Hebrew, Arabic (RTL)
                    break;
                case 4:
                    sb.Append((char)random.Next(0, 0x20)); // control
                    break;
                case 5:
                    sb.Append(Joiners[random.Next(Joiners.Length)]);
                    break;
                case 6:
                    sb.Append((char)random.Next(0x400, 0x530)); // Cyrillic
                    break;
                default:
                    sb.Append((char)random.Next(0x20, 0x2500));
                    break;
            }
        }

        return sb.ToString();
    }
}
