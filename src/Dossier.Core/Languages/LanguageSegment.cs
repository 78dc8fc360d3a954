namespace Dossier.Core.Languages;

/// <summary>A run of a text in one language: UTF-16 offset and length in the text, and the guess for it.</summary>
public readonly record struct LanguageSegment(int Start, int Length, LanguageGuess Guess)
{
    public int End => Start + Length;
}
