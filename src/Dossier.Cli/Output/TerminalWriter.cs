using System.Text;

namespace Dossier.Cli.Output;

/// <summary>
/// A command's output as a terminal receives it: a control character an imported text carries (an escape sequence that
/// recolours the screen, moves the cursor, retitles the window or makes the terminal answer back; a backspace, a bell,
/// a C1 control) is written as U+FFFD instead, so a title or a text printed by `list`, `show`, `search` or `people` is
/// shown, never obeyed. Line feeds, carriage returns and tabs pass: the commands lay their output out with them. JSON
/// passes unchanged: the serializer writes every control character as an escape (\u001b) itself.
/// </summary>
internal sealed class TerminalWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    private const char Shown = '\uFFFD';

    /// <summary>The characters <see cref="Acts"/> names.</summary>
    private static readonly System.Buffers.SearchValues<char> Acting = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(Acts)]);

    public override Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    /// <summary>Whether a terminal may act on <paramref name="c"/> rather than show it: C0 controls but line feed, carriage return and tab; DEL; C1 controls.</summary>
    public static bool Acts(char c) => (c < ' ' && c is not ('\n' or '\r' or '\t')) || c is >= '\u007f' and <= '\u009f';

    /// <summary><paramref name="text"/> with every character a terminal would act on written as U+FFFD; the same string when there is none.</summary>
    public static string? Shows(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAny(Acting))
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Acts(source[i]) ? Shown : source[i];
            }
        });
    }

    public override void Write(char value) => inner.Write(Acts(value) ? Shown : value);

    public override void Write(string? value) => inner.Write(Shows(value));

    public override void Write(char[] buffer, int index, int count) => inner.Write(Shows(new string(buffer, index, count)));

    public override void Write(ReadOnlySpan<char> buffer) => inner.Write(Shows(buffer.ToString()));

    public override void WriteLine() => inner.WriteLine();

    public override void WriteLine(string? value) => inner.WriteLine(Shows(value));

    public override Task WriteAsync(char value) => inner.WriteAsync(Acts(value) ? Shown : value);

    public override Task WriteAsync(string? value) => inner.WriteAsync(Shows(value));

    public override Task WriteAsync(char[] buffer, int index, int count) => inner.WriteAsync(Shows(new string(buffer, index, count)));

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(Shows(buffer.ToString()).AsMemory(), cancellationToken);

    public override Task WriteLineAsync() => inner.WriteLineAsync();

    public override Task WriteLineAsync(string? value) => inner.WriteLineAsync(Shows(value));

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
        inner.WriteLineAsync(Shows(buffer.ToString()).AsMemory(), cancellationToken);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
}
