using System.Text;
using System.Xml.Linq;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.Tei;

/// <summary>
/// Turns TEI mixed content into running text: markup dropped, whitespace collapsed, blocks separated by a blank
/// line, page breaks (&lt;pb n&gt;) kept as <see cref="LayerPage"/> offsets and footnotes as <see cref="LayerNote"/>s
/// anchored where their mark stood. Source notes are set aside for the archival reference.
/// </summary>
internal sealed class TeiTextBuilder
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "dateline", "closer", "opener", "signed", "salute", "item", "list", "table", "row", "quote", "lg", "l", "ab",
        "div", "postscript", "byline", "docAuthor", "trailer", "head", "argument", "epigraph", "sp", "speaker", "address", "addrLine",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "figure", "fw", "teiHeader" };

    private readonly StringBuilder _text = new();
    private readonly bool _keepNotes;

    /// <summary>The walk's stack (see <see cref="Run"/>), empty between calls: one per builder, where each call made one and grew it (1.9 % of the CPU samples of the 100 FRUS volumes' import). A note's plain text is walked by a builder of its own.</summary>
    private readonly Stack<Step> _steps = new(64);
    private bool _pendingSpace;
    private bool _pendingLine;
    private bool _pendingBreak;

    public TeiTextBuilder(bool keepNotes)
    {
        _keepNotes = keepNotes;
    }

    public List<LayerPage> Pages { get; } = [];

    public List<LayerNote> Notes { get; } = [];

    public List<XElement> SourceNotes { get; } = [];

    /// <summary>The text of an element with notes and page breaks left out (a title, a note's own text).</summary>
    public static string PlainText(XElement element)
    {
        var builder = new TeiTextBuilder(keepNotes: false);
        builder.AddChildren(element);
        return builder.ToString();
    }

    public void StartPage(string? number)
    {
        var start = _text.Length == 0 ? 0 : _text.Length + (_pendingBreak ? 2 : _pendingLine || _pendingSpace ? 1 : 0);
        if (Pages.Count > 0 && Pages[^1].Start == start)
        {
            Pages.RemoveAt(Pages.Count - 1);
        }
        Pages.Add(new LayerPage { Start = start, Number = number });
    }

    public void AddChildren(XElement element)
    {
        PushChildren(element);
        Run();
    }

    public void AddNote(XElement note)
    {
        if (!_keepNotes)
        {
            return;
        }
        if (TeiSourceNote.IsSource(note))
        {
            SourceNotes.Add(note);
            return;
        }
        Notes.Add(new LayerNote { Label = Tei.Attr(note, "n"), Anchor = _text.Length, Text = PlainText(note) });
    }

    public void Add(XNode node)
    {
        _steps.Push(new Step(node, After.Nothing));
        Run();
    }

    public override string ToString()
    {
        foreach (var page in Pages)
        {
            page.Start = Math.Min(page.Start, _text.Length);
        }
        return _text.ToString();
    }

    // The tree is walked with a stack of its own, not by recursion: a hostile file may nest elements as deep as
    // the reader lets it, and the walk must neither exhaust the thread's stack nor depend on that limit.
    private void Run()
    {
        while (_steps.TryPop(out var step))
        {
            switch (step.Node)
            {
                case null when step.Then == After.Break:
                    Break();
                    break;
                case null:
                    _pendingSpace = _text.Length > 0;
                    break;
                case XText text:
                    Append(text.Value);
                    break;
                case XElement element when element.Name.Namespace == Tei.Ns || element.Name.Namespace == XNamespace.None:
                    Visit(element);
                    break;
                case XElement other:
                    PushChildren(other);
                    break;
            }
        }
    }

    private void Visit(XElement element)
    {
        var name = element.Name.LocalName;
        switch (name)
        {
            case "note":
                AddNote(element);
                return;
            case "pb":
                if (_keepNotes)
                {
                    StartPage(Tei.Attr(element, "n"));
                }
                return;
            case "lb":
                if (_text.Length > 0 && !_pendingBreak)
                {
                    _pendingLine = true;
                }
                return;
            case "cell":
                _pendingSpace = _text.Length > 0;
                _steps.Push(new Step(null, After.CellEnd));
                PushChildren(element);
                return;
        }
        if (Skipped.Contains(name))
        {
            return;
        }
        if (Blocks.Contains(name))
        {
            Break();
            _steps.Push(new Step(null, After.Break));
        }
        PushChildren(element);
    }

    private void PushChildren(XElement element)
    {
        var children = element.Nodes().ToList();
        for (var i = children.Count - 1; i >= 0; i--)
        {
            _steps.Push(new Step(children[i], After.Nothing));
        }
    }

    private void Break()
    {
        if (_text.Length > 0)
        {
            _pendingBreak = true;
        }
        _pendingSpace = false;
        _pendingLine = false;
    }

    private void Append(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_text.Length > 0 && !_pendingBreak && !_pendingLine)
                {
                    _pendingSpace = true;
                }
                continue;
            }
            if (_pendingBreak)
            {
                _text.Append("\n\n");
            }
            else if (_pendingLine)
            {
                _text.Append('\n');
            }
            else if (_pendingSpace)
            {
                _text.Append(' ');
            }
            _pendingBreak = _pendingLine = _pendingSpace = false;
            _text.Append(c);
        }
    }

    private enum After
    {
        Nothing,
        Break,
        CellEnd,
    }

    /// <summary>A node still to visit, or (with no node) what to do once an element's children are done.</summary>
    private readonly record struct Step(XNode? Node, After Then);
}
