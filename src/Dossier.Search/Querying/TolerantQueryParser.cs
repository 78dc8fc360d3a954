using System.Globalization;
using Dossier.Core.Text;

namespace Dossier.Search.Querying;

/// <summary>
/// Parses the search box: words (ranked: more of them ranks higher; all required when joined by AND), "phrases", AND / OR / NOT / -word, parentheses, field:value
/// (title, lang, kind, person, place, subject, collection, repository, year, date), word* prefixes and
/// date:[1955 TO 1957]. It never fails: unbalanced quotes and parentheses close at the end, unknown fields
/// and stray punctuation are searched as words. Returns null when nothing searchable was typed.
/// </summary>
internal static class TolerantQueryParser
{
    private const int MaxDepth = 16;
    private const int MaxTokens = 256;

    private static readonly HashSet<string> FilterFields =
        new(["lang", "kind", "person", "place", "subject", "collection", "repository"], StringComparer.Ordinal);

    public static QueryNode? Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }
        var tokens = Lex(CodePoints.Compose(query));
        var position = 0;
        return ParseOr(tokens, ref position, 0, topLevel: true);
    }

    private static QueryNode? ParseOr(List<Token> tokens, ref int position, int depth, bool topLevel)
    {
        var items = new List<QueryNode>();
        while (position < tokens.Count)
        {
            var item = ParseAnd(tokens, ref position, depth, topLevel);
            if (item is not null)
            {
                items.Add(item);
            }
            if (position < tokens.Count && tokens[position].Kind == TokenKind.Or)
            {
                position++;
                continue;
            }
            if (position < tokens.Count && tokens[position].Kind == TokenKind.Close)
            {
                if (!topLevel)
                {
                    break;
                }
                position++;
            }
        }
        return items.Count switch
        {
            0 => null,
            1 => items[0],
            _ => new OrNode(items),
        };
    }

    private static QueryNode? ParseAnd(List<Token> tokens, ref int position, int depth, bool topLevel)
    {
        var items = new List<QueryNode>();
        var required = false;
        while (position < tokens.Count)
        {
            var kind = tokens[position].Kind;
            if (kind is TokenKind.Or or TokenKind.Close)
            {
                break;
            }
            if (kind == TokenKind.And)
            {
                required = true;
                position++;
                continue;
            }
            var item = ParseUnary(tokens, ref position, depth, topLevel);
            if (item is not null)
            {
                items.Add(item);
            }
        }
        return items.Count switch
        {
            0 => null,
            1 => items[0],
            _ => new AndNode(items, required),
        };
    }

    private static QueryNode? ParseUnary(List<Token> tokens, ref int position, int depth, bool topLevel)
    {
        var token = tokens[position++];
        switch (token.Kind)
        {
            case TokenKind.Not:
                if (position >= tokens.Count || tokens[position].Kind is TokenKind.Or or TokenKind.Close or TokenKind.And)
                {
                    return null;
                }
                var inner = ParseUnary(tokens, ref position, depth, topLevel);
                return inner is null ? null : new NotNode(inner);
            case TokenKind.Open:
                if (depth >= MaxDepth)
                {
                    return null;
                }
                var group = ParseOr(tokens, ref position, depth + 1, topLevel: false);
                if (position < tokens.Count && tokens[position].Kind == TokenKind.Close)
                {
                    position++;
                }
                return group is null ? null : new GroupNode(group);
            case TokenKind.Phrase:
                return token.Text.Length == 0 ? null : new PhraseNode(token.Text, token.Field);
            case TokenKind.Word:
                return MakeWord(token);
            default:
                return null;
        }
    }

    private static QueryNode? MakeWord(Token token)
    {
        var text = token.Text;
        if (token.Field is { } field)
        {
            if (FilterFields.Contains(field))
            {
                return text.Length == 0 ? null : new FilterNode(field, text);
            }
            if (field is "year" or "date")
            {
                return ParseDateValue(text);
            }
        }
        var prefix = text.Length > 1 && text.EndsWith('*');
        text = text.TrimEnd('*');

        // A one-letter prefix would expand to a good part of the vocabulary: search the letter itself.
        prefix &= text.Length >= 2;
        return text.Length == 0 ? null : new WordNode(text, prefix, token.Field);
    }

    private static DateRangeNode? ParseDateValue(string text)
    {
        var trimmed = text.Trim('[', ']', '{', '}', ' ');
        var parts = trimmed.Split(" TO ", 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            parts = trimmed.Split("..", 2, StringSplitOptions.TrimEntries);
        }
        var from = ParseDay(parts[0], start: true);
        var to = ParseDay(parts.Length > 1 ? parts[1] : parts[0], start: false);
        return from is null && to is null ? null : new DateRangeNode(from, to);
    }

    /// <summary>"1955", "1955-08" or "1955-08-02" as the first or last day it may mean; "*" or junk as open.</summary>
    internal static DateOnly? ParseDay(string text, bool start)
    {
        var pieces = text.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length is 0 or > 3 || !int.TryParse(pieces[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1 or > 9999)
        {
            return null;
        }
        var month = start ? 1 : 12;
        if (pieces.Length > 1 && (!int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) || month is < 1 or > 12))
        {
            return null;
        }
        var day = start ? 1 : DateTime.DaysInMonth(year, month);
        if (pieces.Length > 2 && (!int.TryParse(pieces[2], NumberStyles.None, CultureInfo.InvariantCulture, out day) || day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }

    private static List<Token> Lex(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length && tokens.Count < MaxTokens)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new Token(TokenKind.Open, "", null));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new Token(TokenKind.Close, "", null));
                i++;
            }
            else if (IsQuote(c))
            {
                tokens.Add(new Token(TokenKind.Phrase, ReadPhrase(text, ref i), null));
            }
            else
            {
                LexWord(text, ref i, tokens);
            }
        }
        return tokens;
    }

    private static void LexWord(string text, ref int i, List<Token> tokens)
    {
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' && !IsQuote(text[i]))
        {
            i++;
        }
        var word = text[start..i];
        switch (word)
        {
            case "AND" or "&&":
                tokens.Add(new Token(TokenKind.And, "", null));
                return;
            case "OR" or "||":
                tokens.Add(new Token(TokenKind.Or, "", null));
                return;
            case "NOT" or "!":
                tokens.Add(new Token(TokenKind.Not, "", null));
                return;
        }
        if (word.Length > 1 && word[0] is '-' or '!' && (char.IsLetterOrDigit(word[1]) || IsQuote(word[1]) || word[1] == '('))
        {
            tokens.Add(new Token(TokenKind.Not, "", null));
            word = word[1..];
        }
        else if (word.Length > 1 && word[0] == '+')
        {
            word = word[1..];
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        var field = colon > 0 ? word[..colon].ToLowerInvariant() : null;
        if (field is not null && (FilterFields.Contains(field) || field is "title" or "year" or "date"))
        {
            var value = word[(colon + 1)..];
            if (value.Length == 0 && i < text.Length && IsQuote(text[i]))
            {
                var phrase = ReadPhrase(text, ref i);
                tokens.Add(FilterFields.Contains(field) ? new Token(TokenKind.Word, phrase, field) : new Token(TokenKind.Phrase, phrase, field));
                return;
            }
            if (value.StartsWith('[') || value.StartsWith('{'))
            {
                var close = text.IndexOfAny([']', '}'], i);
                var end = close < 0 ? text.Length : close + 1;
                value += text[i..end];
                i = end;
            }
            tokens.Add(new Token(TokenKind.Word, value, field));
            return;
        }
        if (word.Length > 0)
        {
            tokens.Add(new Token(TokenKind.Word, word, null));
        }
    }

    private static string ReadPhrase(string text, ref int i)
    {
        i++;
        var start = i;
        while (i < text.Length && !IsQuote(text[i]))
        {
            i++;
        }
        var phrase = text[start..i];
        if (i < text.Length)
        {
            i++;
        }
        return phrase.Trim();
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    private enum TokenKind
    {
        Word,
        Phrase,
        Open,
        Close,
        And,
        Or,
        Not,
    }

    private sealed record Token(TokenKind Kind, string Text, string? Field);
}
