using System.Text;
using Dossier.Core.Romanization;

namespace Dossier.Web.Documents;

/// <summary>
/// A document's readable address: "/documents/{id}/{words-of-the-title}". The id is what makes it stable (it never
/// changes); the words are for people and may change with the title, so any words, or none, lead to the same page.
/// </summary>
public static class DocumentPath
{
    private const int MaxSlug = 80;

    public static string Of(string id, string? title)
    {
        ArgumentNullException.ThrowIfNull(id);
        var slug = Slug(title);
        return "/documents/" + id + (slug.Length == 0 ? "" : "/" + slug);
    }

    /// <summary>The title's words in lower-case ASCII (other scripts romanized), joined by hyphens.</summary>
    public static string Slug(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "";
        }
        var slug = new StringBuilder();
        var word = new StringBuilder();
        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }
            var folded = Romanizer.FoldedLatin(word.ToString());
            word.Clear();
            if (folded.Length == 0 || slug.Length + folded.Length + 1 > MaxSlug)
            {
                return;
            }
            if (slug.Length > 0)
            {
                slug.Append('-');
            }
            slug.Append(folded);
        }
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return slug.ToString();
    }
}
