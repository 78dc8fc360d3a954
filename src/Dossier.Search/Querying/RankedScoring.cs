namespace Dossier.Search.Querying;

/// <summary>
/// The score of words typed side by side: a sum over the query's clauses, each bounded, built so that issue 8's
/// consistency rules hold by construction. A main word i, with unit U_i (its idf), adds when the record matches it
/// a tier <see cref="Tier"/> (0 as measured: coordination comes from the exact units and the quorum), the word's content U_i · s/(s + <see cref="Scale"/>) (its BM25F-like score over the
/// fields, see <see cref="WordScoring"/>, saturated below U_i), and when the record holds it as typed an exact unit
/// <see cref="ExactUnit"/> above any content a variant could bring. Soft words (parenthesised qualifiers and
/// cross-references, initials, ranks and titles), the proximity of neighbouring words and the heading's authority add bounded content.
/// Why adding a word W a record H holds never lets a record R without W pass H: the score is a sum, so W adds to H
/// at least a tier and an exact unit, and to R at most a tier and a variant's content, which the exact unit exceeds
/// even when the heading's authority moves to other records (it is worth at most <see cref="AuthorityWeight"/>).
/// The set of records grows at two words → three (two words are all required, three need one), at two words → two and
/// soft ones (which need one main word), and at one word → two when the two are widened (fewer than a page of records
/// hold both, see SearchQueryBuilder.Widened); a record admitted then holds a single main word (and no W as typed).
/// <see cref="Quorum"/> keeps it below H: it is given to records holding two main words or more as typed, or every main
/// word in any form. H held all the main words before W was added (or, of three or more, two as typed), and with W as
/// typed it still does; a record without W as typed holds the quorum after only if it held it before. (Two as typed, not
/// two in any form: a variant of W and one other word would bring a record the quorum.)
/// </summary>
internal sealed class RankedScoring
{
    /// <summary>
    /// The saturation scale of a clause's raw score: 50 lets term frequency and length tell records apart more than
    /// 100 did (measured on the tuning split of qrels-dev).
    /// </summary>
    public const float Scale = 50f;

    /// <summary>Coordination beyond what the rules need, in units of the largest word unit.</summary>
    public const float ExtraTier = 0f;

    /// <summary>
    /// How much the exact form is worth, in units of the word: at least 1, the most a variant's content can bring, so that
    /// a variant never outranks the form typed. 0.2 (and no authority part) measured +0.009 nDCG@10 on the tuning
    /// split of qrels-dev, but then the rule would hold only as far as tests sample it; issue 8 asks that it always hold.
    /// </summary>
    public const float Exact = 1f;

    /// <summary>A soft word's weight, in units of the word (0.5 before: a cross-reference's words pulled in records about those).</summary>
    public const float SoftWeight = 0.25f;

    /// <summary>The proximity clause's weight, in units of the mean main-word unit.</summary>
    public const float ProximityWeight = 1f;

    /// <summary>The heading authority's weight (absolute).</summary>
    public const float AuthorityWeight = 1f;

    private const float MinimumUnit = 0.5f;

    /// <param name="idfs">Each main word's idf.</param>
    /// <param name="weights">Each main word's weight (a heading's context, a given name), applied after the floor so that it still tells words apart when both are common.</param>
    public RankedScoring(IReadOnlyList<float> idfs, IReadOnlyList<float> weights)
    {
        Units = idfs.Select((idf, i) => Math.Max(MinimumUnit, idf) * weights[i]).ToList();
        var largest = Units.Count == 0 ? 1f : Units.Max();
        Tier = ExtraTier * largest;
        Quorum = ((Exact + 1) * largest) + (3 * AuthorityWeight);
        Mean = Units.Count == 0 ? 1f : Units.Average();
    }

    public IReadOnlyList<float> Units { get; }

    /// <summary>What matching a main word at all adds.</summary>
    public float Tier { get; }

    public float Mean { get; }

    /// <summary>
    /// What holding two main words or more as typed, or all of them in any form, adds: more than one word can bring alone
    /// (the query adds what its soft words could bring).
    /// </summary>
    public float Quorum { get; }

    /// <summary>What holding main word <paramref name="i"/> as typed adds on top of its tier and content.</summary>
    public float ExactUnit(int i) => (Exact * Units[i]) + (2 * AuthorityWeight);
}
