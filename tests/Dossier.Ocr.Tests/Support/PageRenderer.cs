using System.Security;
using NetVips;

namespace Dossier.Ocr.Tests.Support;

/// <summary>Typesets text as a page image (libvips text rendering with Pango and the DejaVu Serif font), black on white.</summary>
internal static class PageRenderer
{
    public static void Render(string text, string path, int width = 1600, int dpi = 200)
    {
        using var ink = Image.Text("<span font_desc=\"DejaVu Serif 12\">" + SecurityElement.Escape(text) + "</span>", width: width, dpi: dpi);
        using var black = ink.Invert();
        using var page = black.Embed(80, 80, ink.Width + 160, ink.Height + 160, extend: Enums.Extend.White);
        page.WriteToFile(path);
    }
}
