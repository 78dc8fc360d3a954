using System.Buffers;
using Dossier.Core.Romanization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Dossier.Search.Analysis;

/// <summary>
/// The <c>latn</c> chain's filter: every token becomes <see cref="Romanizer.FoldedLatin(string, string?)"/>
/// (Орджоникидзе → ordzhonikidze). A Russian token whose case ending hides the name (Хрущеву, Тебризе) also
/// gets its name stem romanized and stacked at the same position (khrushchev, tebriz), so a name matches
/// whatever case it stands in. An English possessive 's is dropped. Tokens that fold to nothing are dropped, their positions kept.
/// A word of ASCII letters and digits is folded where it stands (lower case, then <see cref="SpellingVariants"/>), in a
/// language whose romanization keeps those letters: most words of an English text, which a lookup cost more than the
/// folding (the 100 FRUS volumes' indexing spent a seventh of its time in this filter, its cache's hits 57.7 million of
/// 58.5 million). Other romanizations are cached per stream (bounded), so frequent words cost one lookup.
/// The index writes the field with <c>onlyWhereChanged</c>: a token the folding leaves as it is (most words of an
/// English text: "trade") is left out, its position kept, for the <c>text</c> field holds the same term at the same
/// position, and searches read <c>latn</c> as both together (<see cref="Indexing.WholeFieldsView"/>).
/// </summary>
internal sealed class LatinFoldFilter : TokenFilter
{
    private const int CacheLimit = 50_000;

    /// <summary>The lower-case ASCII letters and digits: a language whose romanization keeps these keeps an ASCII word (Azerbaijani's does not: x is kh).</summary>
    private const string AsciiLetters = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly SearchValues<char> AsciiWord = SearchValues.Create(AsciiLetters + "ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private readonly ICharTermAttribute _term;
    private int _trailing;
    private readonly IPositionIncrementAttribute _posInc;
    private readonly AnalysisLanguage _language;
    private readonly bool _variants;
    private readonly string? _tag;
    private readonly bool _asciiStays;
    private readonly bool _onlyWhereChanged;
    private readonly RussianStemmer? _stemmer;
    private readonly Dictionary<string, Folded> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Folded>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private string? _pending;
    private State? _state;

    public LatinFoldFilter(TokenStream input, AnalysisLanguage language, bool stackNameStems = true, bool onlyWhereChanged = false)
        : base(input)
    {
        _onlyWhereChanged = onlyWhereChanged;
        _term = AddAttribute<ICharTermAttribute>();
        _posInc = AddAttribute<IPositionIncrementAttribute>();
        _language = language;
        _variants = stackNameStems;
        _tag = language.Tag();
        _asciiStays = string.Equals(Romanizer.FoldedLatin(AsciiLetters, _tag), AsciiLetters, StringComparison.Ordinal);
        _stemmer = stackNameStems && language is AnalysisLanguage.Russian or AnalysisLanguage.Other or AnalysisLanguage.English
            ? new RussianStemmer()
            : null;
        _lookup = _cache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending);
            _posInc.PositionIncrement = 0;
            _pending = null;
            return true;
        }

        var skipped = 0;
        while (m_input.IncrementToken())
        {
            if (_asciiStays && FoldAscii(out var changed))
            {
                if (_onlyWhereChanged && !changed)
                {
                    skipped += _posInc.PositionIncrement;
                    continue;
                }
                _posInc.PositionIncrement += skipped;
                return true;
            }

            var written = new ReadOnlySpan<char>(_term.Buffer, 0, _term.Length);
            var term = written;
            if (term.Length > 3 && term.EndsWith("'s", StringComparison.Ordinal))
            {
                term = term[..^2]; // English possessive: Pischevari's is Pischevari
            }

            var folded = Fold(term);
            if (folded.Latin.Length == 0 || (_onlyWhereChanged && folded.Stacked is null && written.SequenceEqual(folded.Latin)))
            {
                skipped += _posInc.PositionIncrement;
                continue;
            }

            _posInc.PositionIncrement += skipped;
            _term.SetEmpty().Append(folded.Latin);
            if (folded.Stacked is not null)
            {
                _pending = folded.Stacked;
                _state = CaptureState();
            }

            return true;
        }

        _trailing = skipped;
        return false;
    }

    /// <summary>Words left out at the end still count as positions, so the next instance of the field starts where the layer's words end.</summary>
    public override void End()
    {
        base.End();
        _posInc.PositionIncrement += _trailing;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _state = null;
        _trailing = 0;
    }

    /// <summary>
    /// Folds the term where it stands when it is ASCII letters and digits only, as <see cref="Fold"/> would, and says
    /// whether it was, and whether that <paramref name="changed"/> it; a term with any other character is left as it is.
    /// </summary>
    private bool FoldAscii(out bool changed)
    {
        var term = new Span<char>(_term.Buffer, 0, _term.Length);
        changed = false;
        if (term.IsEmpty || term.ContainsAnyExcept(AsciiWord))
        {
            return false;
        }
        // Only the index's chain asks (the words reach this filter lower-cased already, so a capital is rare).
        changed = _onlyWhereChanged && term.ContainsAnyInRange('A', 'Z');
        System.Text.Ascii.ToLowerInPlace(term, out _);
        if (_variants)
        {
            _term.Length = SpellingVariants.FoldInPlace(term, out var varied);
            changed |= varied;
        }
        return true;
    }

    internal Folded Fold(ReadOnlySpan<char> term)
    {
        if (_lookup.TryGetValue(term, out var cached))
        {
            return cached;
        }

        // The ocr chain keeps letters as read: its trigrams and confusion folds work on them.
        var latin = _variants ? SpellingVariants.Fold(Romanizer.FoldedLatin(term, _tag)) : Romanizer.FoldedLatin(term, _tag);
        string? stacked = null;
        if (_stemmer is not null && latin.Length > 0 && IsRussianCyrillic(term))
        {
            var stem = _stemmer.NameStem(term);
            if (stem is not null)
            {
                var stemLatin = _variants ? SpellingVariants.Fold(Romanizer.FoldedLatin(stem, _tag)) : Romanizer.FoldedLatin(stem, _tag);
                stacked = stemLatin.Length > 0 && !string.Equals(stemLatin, latin, StringComparison.Ordinal) ? stemLatin : null;
            }
        }

        var result = new Folded(latin, stacked);
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _lookup[term] = result;
        return result;
    }

    private bool IsRussianCyrillic(ReadOnlySpan<char> term)
    {
        if (_language == AnalysisLanguage.Azerbaijani)
        {
            return false;
        }

        var cyrillic = false;
        foreach (var c in term)
        {
            if (c is >= 'а' and <= 'я')
            {
                cyrillic = true;
            }
            else if (c is >= '\u0450' and <= '\u04FF')
            {
                return false; // Azerbaijani, Ukrainian… letters: not Russian morphology
            }
        }

        return cyrillic;
    }

    internal readonly record struct Folded(string Latin, string? Stacked);
}
