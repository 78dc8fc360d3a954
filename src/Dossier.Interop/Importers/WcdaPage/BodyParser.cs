namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>
/// Splits the body of "**Contents:**" into blocks and tells what each is: running text, a page number,
/// an archive stamp or OCR debris. Stamp and number lines at the head or foot of a text paragraph are
/// peeled off into blocks of their own, so they never reach the running text.
/// </summary>
internal static class BodyParser
{
    public static List<BodyBlock> Parse(string[] lines, int start, int end)
    {
        var blocks = new List<BodyBlock>();
        var current = new List<string>();
        var firstLine = start;
        for (var i = start; i <= end; i++)
        {
            var line = i < end ? lines[i] : "";
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    Classify(current, firstLine + 1, blocks);
                    current = [];
                }
                continue;
            }
            if (current.Count == 0)
            {
                firstLine = i;
            }
            current.Add(line);
        }
        return blocks;
    }

    private static void Classify(List<string> lines, int line, List<BodyBlock> blocks)
    {
        if (lines.Count == 1 && PageMarks.PageNumber(lines[0]) is not null)
        {
            blocks.Add(new BodyBlock(BodyBlockKind.PageNumber, lines, line));
            return;
        }
        if (PageMarks.IsStampBlock(lines))
        {
            blocks.Add(new BodyBlock(BodyBlockKind.Stamp, lines, line));
            return;
        }
        if (PageMarks.IsDebrisBlock(lines))
        {
            blocks.Add(new BodyBlock(BodyBlockKind.Debris, lines, line));
            return;
        }
        var first = 0;
        while (first < lines.Count && Mark(lines[first]) is { } kind)
        {
            blocks.Add(new BodyBlock(kind, [lines[first]], line + first));
            first++;
        }
        var last = lines.Count;
        var trailing = new List<BodyBlock>();
        while (last > first && Mark(lines[last - 1]) is { } kind)
        {
            last--;
            trailing.Insert(0, new BodyBlock(kind, [lines[last]], line + last));
        }
        if (last > first)
        {
            blocks.Add(new BodyBlock(BodyBlockKind.Text, lines[first..last], line + first));
        }
        blocks.AddRange(trailing);
    }

    private static BodyBlockKind? Mark(string line)
    {
        if (PageMarks.PageNumber(line) is not null)
        {
            return BodyBlockKind.PageNumber;
        }
        return PageMarks.IsStampLine(line) ? BodyBlockKind.Stamp : null;
    }
}
