using System.Globalization;

namespace Dossier.Search.Querying;

/// <summary>
/// The score of words typed side by side: a sum over the query's clauses, each bounded, built so that issue 8's
/// consistency rules hold by construction. A main word i, with unit U_i (its idf), adds when the record matches it
/// a tier <see cref="Tier"/>, the word's content U_i · s/(s + <see cref="Scale"/>) (its BM25F-like score over the
/// fields, see <see cref="WordScoring"/>, saturated below U_i), and when the record holds it as typed an exact unit
/// <see cref="ExactUnit"/> above any content a variant could bring. Soft words (parenthesised qualifiers and
/// cross-references, years), the proximity of neighbouring words and the heading's authority add bounded content.
/// Why adding a word W a record H holds never lets a record R without W pass H: the score is a sum, so W adds to H
/// at least a tier and an exact unit, and to R at most a tier and a variant's content, which the exact unit exceeds
/// even when the heading's authority moves to other records (it is worth at most <see cref="AuthorityWeight"/>).
/// The one set of records that grows is at two words → three (two words are all required, three need one); a record
/// admitted then holds one of the first two words and no W, and <see cref="Quorum"/>, given to records holding two
/// main words or more, keeps it below a record holding three.
/// </summary>
internal sealed class RankedScoring
{
    /// <summary>The saturation scale of a clause's raw score.</summary>
    public static readonly float Scale = Knob("DOSSIER_RANK_SCALE", 100f);

    /// <summary>Coordination beyond what the rules need, in units of the largest word unit.</summary>
    public static readonly float ExtraTier = Knob("DOSSIER_RANK_TIER", 0f);

    /// <summary>How much the exact form is worth, in units of the word (at least 1).</summary>
    public static readonly float Exact = Math.Max(1f, Knob("DOSSIER_RANK_EXACT", 1f));

    /// <summary>A soft word's weight, in units of the word.</summary>
    public static readonly float SoftWeight = Knob("DOSSIER_RANK_SOFT", 0.5f);

    /// <summary>The proximity clause's weight, in units of the mean main-word unit.</summary>
    public static readonly float ProximityWeight = Knob("DOSSIER_RANK_PROX", 1f);

    /// <summary>The heading authority's weight (absolute).</summary>
    public static readonly float AuthorityWeight = Knob("DOSSIER_RANK_AUTH", 1f);

    private const float MinimumUnit = 0.5f;

    public RankedScoring(IReadOnlyList<float> idfs)
    {
        Units = idfs.Select(i => Math.Max(MinimumUnit, i)).ToList();
        var largest = Units.Count == 0 ? 1f : Units.Max();
        Tier = ExtraTier * largest;
        Quorum = ((Exact + 1) * largest) + (3 * AuthorityWeight);
        Mean = Units.Count == 0 ? 1f : Units.Average();
    }

    public IReadOnlyList<float> Units { get; }

    /// <summary>What matching a main word at all adds.</summary>
    public float Tier { get; }

    public float Mean { get; }

    /// <summary>What holding at least two of three or more main words adds: more than one word can bring alone.</summary>
    public float Quorum { get; }

    /// <summary>What holding main word <paramref name="i"/> as typed adds on top of its tier and content.</summary>
    public float ExactUnit(int i) => (Exact * Units[i]) + (2 * AuthorityWeight);

    private static float Knob(string name, float fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? float.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
