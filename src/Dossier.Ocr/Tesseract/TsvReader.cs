using System.Globalization;
using System.Text;
using Dossier.Core.Scans;

namespace Dossier.Ocr.Tesseract;

/// <summary>
/// Reads Tesseract's TSV output (columns level, page_num, block_num, par_num, line_num, word_num, left, top,
/// width, height, conf, text; level 5 rows are words) into a page's text and word boxes.
/// </summary>
internal static class TsvReader
{
    private const int WordLevel = 5;

    public static OcrPage Read(string tsv)
    {
        var page = new OcrPage();
        var text = new StringBuilder();
        (int Block, int Par, int Line)? last = null;
        double sum = 0;
        foreach (var line in tsv.Split('\n'))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length < 12 || !int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }
            if (level == 1)
            {
                page.ImageWidth = Int(cells[8]);
                page.ImageHeight = Int(cells[9]);
                continue;
            }
            var word = cells[11].Trim();
            if (level != WordLevel || word.Length == 0)
            {
                continue;
            }
            var at = (Int(cells[2]), Int(cells[3]), Int(cells[4]));
            if (last is { } previous)
            {
                text.Append(previous.Block != at.Item1 || previous.Par != at.Item2 ? "\n\n" : previous.Line != at.Item3 ? "\n" : " ");
            }
            last = at;
            var confidence = double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? Math.Clamp(c / 100, 0, 1) : 0;
            word = word.Normalize(NormalizationForm.FormC);
            page.Words.Add(new OcrWord(word, Int(cells[6]), Int(cells[7]), Int(cells[8]), Int(cells[9]), Math.Round(confidence, 4), text.Length));
            text.Append(word);
            sum += confidence;
        }
        page.Text = text.ToString();
        page.Confidence = page.Words.Count > 0 ? Math.Round(sum / page.Words.Count, 4) : null;
        return page;
    }

    private static int Int(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
