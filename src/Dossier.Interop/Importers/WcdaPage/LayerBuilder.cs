using System.Text;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>
/// Builds a layer's running text and pages from its blocks: lines join into paragraphs ("\n\n" between),
/// a word hyphenated at a line end or across a page break is rejoined, a sentence running on across a
/// page break stays one paragraph, and page numbers, stamps, debris and inline marks go to the page they
/// stand on instead of the text.
/// </summary>
internal sealed class LayerBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<LayerPage> _pages = [new LayerPage()];
    private bool _textOnPage;
    private bool _startPending;
    private bool _pageBreakSinceText;

    public static TextLayer Build(IEnumerable<BodyBlock> blocks)
    {
        var builder = new LayerBuilder();
        foreach (var block in blocks)
        {
            builder.Add(block);
        }
        return builder.Finish();
    }

    private LayerPage Page => _pages[^1];

    private void Add(BodyBlock block)
    {
        switch (block.Kind)
        {
            case BodyBlockKind.PageNumber:
                PageNumber(PageMarks.PageNumber(block.Lines[0])!);
                break;
            case BodyBlockKind.Stamp:
                Page.Marginalia.Add(new Marginal { Kind = MarginalKind.Stamp, Text = Joined(block.Lines) });
                break;
            case BodyBlockKind.Debris:
                Page.Marginalia.Add(new Marginal { Kind = MarginalKind.Note, Text = Joined(block.Lines) });
                break;
            default:
                Paragraph(block.Lines);
                break;
        }
    }

    private void PageNumber(string number)
    {
        if (!_textOnPage)
        {
            if (Page.Number is null)
            {
                Page.Number = number;
            }
            else
            {
                Page.Marginalia.Add(new Marginal { Kind = MarginalKind.Folio, Text = number });
            }
            return;
        }
        _pages.Add(new LayerPage { Start = _text.Length, Number = number });
        _textOnPage = false;
        _startPending = true;
        _pageBreakSinceText = true;
    }

    private void Paragraph(IReadOnlyList<string> lines)
    {
        var marks = new List<InlineMark>();
        var paragraph = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = InlineMarkup.Extract(raw, marks);
            if (line.Length > 0)
            {
                AppendLine(paragraph, line);
            }
        }
        foreach (var mark in marks.Where(m => m.Kind == InlineMarkKind.SheetNumber))
        {
            PageNumber(mark.Text);
        }
        foreach (var mark in marks.Where(m => m.Kind != InlineMarkKind.SheetNumber))
        {
            Page.Marginalia.Add(new Marginal { Kind = MarginalKind.Note, Text = mark.Text });
        }
        if (paragraph.Length == 0)
        {
            return;
        }
        var text = paragraph.ToString();
        if (_text.Length > 0 && EndsWithHyphenatedWord(_text) && char.IsLower(text[0]))
        {
            _text.Length--;
        }
        else if (_text.Length > 0 && _pageBreakSinceText && char.IsLower(text[0]))
        {
            _text.Append(' ');
        }
        else if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }
        if (_startPending)
        {
            Page.Start = _text.Length;
            _startPending = false;
        }
        _text.Append(text);
        _textOnPage = true;
        _pageBreakSinceText = false;
    }

    private static void AppendLine(StringBuilder paragraph, string line)
    {
        if (paragraph.Length == 0)
        {
            paragraph.Append(line);
        }
        else if (EndsWithHyphenatedWord(paragraph) && char.IsLower(line[0]))
        {
            paragraph.Length--;
            paragraph.Append(line);
        }
        else
        {
            paragraph.Append(' ').Append(line);
        }
    }

    private static bool EndsWithHyphenatedWord(StringBuilder text) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]);

    private static string Joined(IReadOnlyList<string> lines) =>
        string.Join(' ', lines.Select(l => InlineMarkup.ToPlainText(l)).Where(l => l.Length > 0));

    private TextLayer Finish()
    {
        foreach (var page in _pages.Where(p => p.Start > _text.Length))
        {
            page.Start = _text.Length;
        }
        var pages = _pages.Count == 1 && _pages[0].Number is null && _pages[0].Marginalia.Count == 0 ? [] : _pages;
        return new TextLayer { Text = _text.ToString(), Pages = pages };
    }
}
