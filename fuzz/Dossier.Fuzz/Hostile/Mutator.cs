using System.Text;

namespace Dossier.Fuzz.Hostile;

/// <summary>
/// Turns a real file into a hostile one: byte flips, truncations, deleted and duplicated lines, huge lines and
/// fields, deep nesting, entity expansion, external entities and XInclude, invalid UTF-8, byte-order marks, NULs,
/// noncharacters and odd line ends. Deterministic for a given <see cref="Random"/>, so a seed reproduces a file.
/// </summary>
public static class Mutator
{
    public const int Kinds = 16;

    private static readonly byte[][] BadUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xF0, 0x9F, 0x98],
    ];

    private static readonly byte[][] Boms = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00]];

    private static readonly byte[][] Noncharacters = [[0xEF, 0xBF, 0xBE], [0xEF, 0xBF, 0xBF], [0xEF, 0xB7, 0x90], [0xF4, 0x8F, 0xBF, 0xBF]];

    private static readonly string[] Fillers =
    [
        "a", "<sup>", "~~a", "1", "Contributed by ", "Aaaa Bbbb ", "**", "&amp;", "\\*", "<b ", "№ 1", "1.1", "\"", ",", "[", "{", "Translated by X, ",
    ];

    /// <summary>One to three mutations of <paramref name="seed"/>.</summary>
    public static byte[] Mutate(byte[] seed, FuzzFormat format, Random random)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(random);
        var bytes = seed;
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            bytes = Apply(random.Next(Kinds), bytes, format, random);
        }
        return bytes;
    }

    public static byte[] Apply(int kind, byte[] bytes, FuzzFormat format, Random random) => kind switch
    {
        0 => FlipBytes(bytes, random),
        1 => bytes.Length == 0 ? bytes : bytes[..random.Next(bytes.Length)],
        2 => EditLines(bytes, random, duplicate: false),
        3 => EditLines(bytes, random, duplicate: true),
        4 => InsertLine(bytes, random, HugeLine(random)),
        5 => Nest(bytes, format, random),
        6 => Entities(bytes, format, random, external: false),
        7 => Entities(bytes, format, random, external: true),
        8 => Insert(bytes, random, BadUtf8[random.Next(BadUtf8.Length)]),
        9 => random.Next(3) == 0 ? Insert(bytes, random, Boms[random.Next(Boms.Length)]) : [.. Boms[random.Next(Boms.Length)], .. bytes],
        10 => Insert(bytes, random, [0], beyond: random.Next(2) == 0 ? 8192 : 0),
        11 => Insert(bytes, random, Noncharacters[random.Next(Noncharacters.Length)]),
        12 => HugeField(bytes, random),
        13 => LineEnds(bytes, random),
        14 => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("UTF-8", random.Next(2) == 0 ? "UTF-16" : "ISO-8859-1", StringComparison.OrdinalIgnoreCase)),
        _ => Insert(bytes, random, Encoding.UTF8.GetBytes(Repeat(Fillers[random.Next(Fillers.Length)], random.Next(1, 20_000)))),
    };

    private static byte[] FlipBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = random.Next(1, 17); i > 0 && copy.Length > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)random.Next(1, 256);
        }
        return copy;
    }

    private static List<int> LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts;
    }

    private static byte[] EditLines(byte[] bytes, Random random, bool duplicate)
    {
        var starts = LineStarts(bytes);
        var line = random.Next(starts.Count);
        var start = starts[line];
        var end = line + 1 < starts.Count ? starts[line + 1] : bytes.Length;
        if (!duplicate)
        {
            return [.. bytes[..start], .. bytes[end..]];
        }
        var at = starts[random.Next(starts.Count)];
        var copy = bytes[start..end];
        return [.. bytes[..at], .. copy, .. (copy.Length > 0 && copy[^1] == (byte)'\n' ? [] : "\n"u8.ToArray()), .. bytes[at..]];
    }

    private static byte[] InsertLine(byte[] bytes, Random random, string line)
    {
        var starts = LineStarts(bytes);
        var at = starts[random.Next(starts.Count)];
        return [.. bytes[..at], .. Encoding.UTF8.GetBytes(line + "\n"), .. bytes[at..]];
    }

    private static byte[] Insert(byte[] bytes, Random random, byte[] insert, int beyond = 0)
    {
        var at = bytes.Length <= beyond ? bytes.Length : random.Next(beyond, bytes.Length + 1);
        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    private static string HugeLine(Random random)
    {
        var length = random.Next(2) == 0 ? random.Next(1_000, 70_000) : random.Next(70_000, 1_200_000);
        var filler = Fillers[random.Next(Fillers.Length)];
        return Repeat(filler, Math.Max(1, length / filler.Length));
    }

    // One line's text, repeated until the line is longer than anything the index can hold in one term.
    private static byte[] HugeField(byte[] bytes, Random random)
    {
        var starts = LineStarts(bytes);
        var line = random.Next(starts.Count);
        var start = starts[line];
        var end = line + 1 < starts.Count ? starts[line + 1] - 1 : bytes.Length;
        if (end - start < 2)
        {
            return bytes;
        }
        var from = random.Next(start, end - 1);
        var piece = bytes[from..Math.Min(end, from + random.Next(1, 20))];
        var times = 40_000 / piece.Length + 1;
        var grown = new List<byte>(bytes.Length + piece.Length * times);
        grown.AddRange(bytes[..from]);
        for (var i = 0; i < times; i++)
        {
            grown.AddRange(piece);
        }
        grown.AddRange(bytes[from..]);
        return [.. grown];
    }

    private static byte[] Nest(byte[] bytes, FuzzFormat format, Random random)
    {
        var depth = random.Next(2) == 0 ? random.Next(100, 2_000) : random.Next(2_000, 120_000);
        var text = Encoding.UTF8.GetString(bytes);
        if (format == FuzzFormat.Tei)
        {
            var element = new[] { "persName", "hi", "div", "note", "p", "placeName" }[random.Next(6)];
            var nested = Repeat("<" + element + ">", depth) + "x" + Repeat("</" + element + ">", depth);
            var body = text.IndexOf("<div type=\"document\"", StringComparison.Ordinal);
            var at = body < 0 ? text.Length / 2 : text.IndexOf('>', body) + 1;
            return Encoding.UTF8.GetBytes(text[..at] + nested + text[at..]);
        }
        if (format == FuzzFormat.Jsonl)
        {
            var brace = text.IndexOf('{', StringComparison.Ordinal);
            var nested = "\"deep\":" + Repeat("[", depth) + Repeat("]", depth) + ",";
            return brace < 0 ? Encoding.UTF8.GetBytes(nested + text) : Encoding.UTF8.GetBytes(text[..(brace + 1)] + nested + text[(brace + 1)..]);
        }
        var inline = format == FuzzFormat.Csv ? "\"" + Repeat("[", depth) + Repeat("]", depth) + "\"," : Repeat("<sup>~~", depth) + Repeat("~~</sup>", depth);
        return InsertLine(bytes, random, inline);
    }

    private static byte[] Entities(byte[] bytes, FuzzFormat format, Random random, bool external)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (format != FuzzFormat.Tei)
        {
            var reference = external ? "<file:///etc/passwd> <!ENTITY x SYSTEM \"file:///etc/passwd\">&x;" : Repeat("&lol;&#x10FFFF;&#0;&amp;", 500);
            return InsertLine(bytes, random, reference);
        }
        var doctype = external
            ? "<!DOCTYPE TEI [<!ENTITY ext SYSTEM \"file:///etc/passwd\"><!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]>"
            : "<!DOCTYPE TEI [<!ENTITY a \"aaaaaaaaaa\">" + string.Concat(Enumerable.Range(1, 9).Select(i =>
                $"<!ENTITY {(char)('a' + i)} \"{Repeat($"&{(char)('a' + i - 1)};", 10)}\">")) + "]>";
        var reference2 = external ? "&ext;<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>" : "&j;";
        var declarationEnd = text.StartsWith("<?xml", StringComparison.Ordinal) ? text.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        var body = text.IndexOf("<p>", StringComparison.Ordinal);
        var withDoctype = text[..declarationEnd] + doctype + text[declarationEnd..];
        var at = body < 0 ? withDoctype.Length / 2 : body + doctype.Length + 3;
        return Encoding.UTF8.GetBytes(withDoctype[..at] + reference2 + withDoctype[at..]);
    }

    private static byte[] LineEnds(byte[] bytes, Random random)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return Encoding.UTF8.GetBytes(random.Next(3) switch
        {
            0 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            1 => text.Replace("\n", "\r", StringComparison.Ordinal),
            _ => text.Replace("\n", "\u2028", StringComparison.Ordinal),
        });
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
