namespace Dossier.Core.Authorities;

/// <summary>
/// Decides whether two spellings of a person's name probably mean the same person: transliteration variants
/// (Vasili / Vasily / Vassily, Kuznetsov / Kuznetzov, Khrushchev / Chruschtschow), initials against forenames
/// (N.S. Khrushchev / Nikita S. Khrushchev) and Cyrillic against Latin. Different forenames or patronymics on
/// one surname (Andrei / Anatoly Gromyko) never match, and short surnames must agree exactly (Beria / Biriya).
/// </summary>
public sealed class NameVariantMatcher
{
    /// <summary>The confidence from which a pair is proposed as the same person.</summary>
    public double Threshold { get; init; } = 0.5;

    public NameMatch Compare(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return Compare(PersonName.Parse(first), PersonName.Parse(second));
    }

    public NameMatch Compare(PersonName first, PersonName second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var evidence = new List<string>();
        if (IsCyrillic(first.Original) != IsCyrillic(second.Original))
        {
            evidence.Add("compared across scripts after romanization");
        }

        var confidence = CompareSurnames(first.Surname, second.Surname, evidence);
        if (confidence == 0)
        {
            return new NameMatch(false, 0, evidence);
        }
        if (first.Suffix is not null && second.Suffix is not null && !string.Equals(first.Suffix, second.Suffix, StringComparison.Ordinal))
        {
            evidence.Add($"different generations ({first.Suffix} / {second.Suffix})");
            return new NameMatch(false, 0, evidence);
        }

        if ((first.Suffix is null) != (second.Suffix is null))
        {
            // "Byrd, Harry F." may be the father of "Byrd, Harry F., Jr.": still proposed, with less confidence.
            confidence *= 0.75;
            evidence.Add($"only one spelling has a generational suffix ({first.Suffix ?? second.Suffix})");
        }

        var shared = Math.Min(first.Forenames.Count, second.Forenames.Count);
        if (shared == 0 && first.Forenames.Count + second.Forenames.Count > 0)
        {
            confidence *= 0.7;
            evidence.Add("only the surname can be compared");
        }
        for (var i = 0; i < shared; i++)
        {
            var factor = CompareForenames(first.Forenames[i], second.Forenames[i], evidence);
            if (factor == 0)
            {
                return new NameMatch(false, 0, evidence);
            }
            confidence *= factor;
        }
        if (shared > 0 && first.Forenames.Count != second.Forenames.Count)
        {
            confidence *= 0.9;
            evidence.Add("one spelling gives more forenames than the other");
        }
        confidence = Math.Round(confidence, 3);
        return new NameMatch(confidence >= Threshold, confidence, evidence);
    }

    private static double CompareSurnames(string a, string b, List<string> evidence)
    {
        var ka = KeyOf(a);
        var kb = KeyOf(b);
        if (ka.Length == 0 || kb.Length == 0)
        {
            evidence.Add("a surname is missing");
            return 0;
        }
        if (string.Equals(ka, kb, StringComparison.Ordinal))
        {
            evidence.Add(string.Equals(a, b, StringComparison.OrdinalIgnoreCase)
                ? $"same surname ({a})"
                : $"surnames are transliteration variants ({a} / {b})");
            return 1;
        }
        // Romanization guesses a vowel now and then (Пишевери / Pishevari); on short names one vowel is too much (Beria / Biriya).
        if (Math.Min(ka.Length, kb.Length) >= 7 && ka[0] == kb[0] && OneVowelApart(ka, kb))
        {
            evidence.Add($"surnames differ in one vowel ({a} / {b})");
            return 0.75;
        }
        evidence.Add($"different surnames ({a} / {b})");
        return 0;
    }

    private static double CompareForenames(string a, string b, List<string> evidence)
    {
        var ka = NameKey.For(a);
        var kb = NameKey.For(b);
        if (ka.Length == 0 || kb.Length == 0)
        {
            return 0.9;
        }
        if (a.Length == 1 || b.Length == 1)
        {
            if (ka[0] == kb[0] || InitialAlias(ka[0], kb[0]))
            {
                evidence.Add($"initial {(a.Length == 1 ? a : b)}. stands for {(a.Length == 1 ? b : a)}");
                return a.Length == 1 && b.Length == 1 ? 0.95 : 0.9;
            }
            evidence.Add($"different initials ({a} / {b})");
            return 0;
        }
        if (string.Equals(ka, kb, StringComparison.Ordinal))
        {
            if (!string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
            {
                evidence.Add($"forenames are transliteration variants ({a} / {b})");
                return 0.97;
            }
            return 1;
        }
        var distance = Levenshtein.Distance(ka, kb);
        var shorter = Math.Min(ka.Length, kb.Length);
        if ((distance == 1 && shorter >= 4) || (distance == 2 && shorter >= 8))
        {
            evidence.Add($"forenames are close spellings ({a} / {b})");
            return 0.85;
        }
        evidence.Add($"different forenames ({a} / {b})");
        return 0;
    }

    // Я, Ю, Е are written Ya/Ia, Yu/Iu, Ye/E: an initial may take either letter.
    private static bool InitialAlias(char a, char b) => (a, b) is ('y', 'i') or ('i', 'y') or ('y', 'e') or ('e', 'y');

    private static string KeyOf(string surname) =>
        string.Concat(surname.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(NameKey.For));

    private static bool OneVowelApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var diffs = 0;
            for (var i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    if (!NameKey.IsVowel(a[i]) || !NameKey.IsVowel(b[i]) || ++diffs > 1)
                    {
                        return false;
                    }
                }
            }
            return diffs == 1;
        }
        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        for (var i = 0; i < longer.Length; i++)
        {
            if (NameKey.IsVowel(longer[i]) && string.Equals(longer.Remove(i, 1), shorter, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsCyrillic(string text) => Text.CodePoints.HasCyrillic(text);
}
