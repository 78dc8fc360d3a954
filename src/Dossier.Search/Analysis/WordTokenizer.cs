using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Dossier.Search.Analysis;

/// <summary>
/// Splits text into Unicode word tokens: runs of letters, digits and combining marks, with apostrophes kept
/// inside words (Khrushchev's, s’yezd), soft hyphens and zero-width characters kept inside words (removed later),
/// and digits joined across "." and "," (18.09.2016). A hyphenated word is emitted as its parts and, stacked
/// on the first part's position, as the whole ("anti", "anti-party", "party"), so both the parts and the
/// whole are searchable and phrase queries keep working.
/// </summary>
public sealed class WordTokenizer : Tokenizer
{
    /// <summary>Longer runs are cut into pieces of this length (OCR garbage, base64), keeping terms sane.</summary>
    public const int MaxTokenLength = 255;

    /// <summary>The type of a hyphenated word's whole, stacked on its first part (the index marks its postings: see Indexing.WordSpans).</summary>
    public const string CompoundType = "<COMPOUND>";
    private const string WordType = "<WORD>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _posInc;
    private readonly IPositionLengthAttribute _posLength;
    private readonly ITypeAttribute _type;
    private readonly List<(int Start, int End)> _parts = [];
    private char[] _text = new char[4096];
    private int _length;
    private int _cursor;
    private bool _loaded;
    private int _nextPart;
    private int _compoundStart;
    private int _compoundEnd;

    public WordTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _posLength = AddAttribute<IPositionLengthAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (!_loaded)
        {
            Load();
        }

        if (_nextPart > 0 && _nextPart <= _parts.Count)
        {
            if (_nextPart == 1)
            {
                // The whole compound, stacked on its first part.
                Emit(_compoundStart, _compoundEnd, 0, _parts.Count, CompoundType);
                _nextPart = 2;
                return true;
            }

            var (s, e) = _parts[_nextPart - 1];
            Emit(s, e, 1, 1, WordType);
            _nextPart++;
            return true;
        }

        _nextPart = 0;
        _parts.Clear();
        if (!NextRun(out var start, out var end))
        {
            return false;
        }

        if (_parts.Count > 1)
        {
            _compoundStart = start;
            _compoundEnd = end;
            var (s, e) = _parts[0];
            Emit(s, e, 1, 1, WordType);
            _nextPart = 1;
            return true;
        }

        Emit(start, end, 1, 1, WordType);
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    public override void Reset()
    {
        base.Reset();
        _loaded = false;
        _length = 0;
        _cursor = 0;
        _nextPart = 0;
        _parts.Clear();
    }

    private void Emit(int start, int end, int posInc, int posLength, string type)
    {
        _term.CopyBuffer(_text, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _posInc.PositionIncrement = posInc;
        _posLength.PositionLength = posLength;
        _type.Type = type;
    }

    private void Load()
    {
        _loaded = true;
        _length = 0;
        while (true)
        {
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }

            var read = m_input.Read(_text, _length, _text.Length - _length);
            if (read <= 0)
            {
                break;
            }

            _length += read;
        }
    }

    /// <summary>Finds the next word run [start, end) and fills <see cref="_parts"/> with its hyphen-separated parts.</summary>
    private bool NextRun(out int start, out int end)
    {
        start = end = 0;
        var i = _cursor;
        while (i < _length && WordCharLength(i) == 0)
        {
            i++;
        }

        if (i >= _length)
        {
            _cursor = _length;
            return false;
        }

        start = i;
        var partStart = i;
        while (i < _length && i - start < MaxTokenLength)
        {
            var n = WordCharLength(i);
            if (n > 0 || (TextNormalizer.IsIgnorable(_text[i]) && i > start))
            {
                i += Math.Max(n, 1);
                continue;
            }

            var c = _text[i];
            var joinsWord = i > start && i + 1 < _length && WordCharLength(i + 1) > 0 && WordCharLength(i - 1) + (char.IsLowSurrogate(_text[i - 1]) ? 1 : 0) > 0;
            if (joinsWord && TextNormalizer.IsApostrophe(c))
            {
                i++;
                continue;
            }

            if (joinsWord && c is '.' or ',' && char.IsDigit(_text[i - 1]) && char.IsDigit(_text[i + 1]))
            {
                i++;
                continue;
            }

            if (joinsWord && TextNormalizer.IsHyphen(c))
            {
                _parts.Add((partStart, TrimEnd(partStart, i)));
                i++;
                partStart = i;
                continue;
            }

            break;
        }

        end = TrimEnd(start, i);
        if (_parts.Count > 0)
        {
            _parts.Add((partStart, end));
        }

        _cursor = i;
        return true;
    }

    private int TrimEnd(int start, int end)
    {
        while (end > start + 1 && TextNormalizer.IsIgnorable(_text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>0 if the char at <paramref name="i"/> is not part of a word, else its length in UTF-16 units.</summary>
    private int WordCharLength(int i)
    {
        var c = _text[i];
        if (c < 0x80)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? 1 : 0;
        }

        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < _length && char.IsLowSurrogate(_text[i + 1]))
            {
                return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, _text[i + 1]))) ? 2 : 0;
            }

            return 0;
        }

        return char.IsLowSurrogate(c) ? 0 : (IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0);
    }

    private static bool IsWordCategory(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
        or UnicodeCategory.OtherNumber;
}
