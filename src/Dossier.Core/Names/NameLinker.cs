using Dossier.Core.Authorities;
using Dossier.Core.Records;
using Dossier.Core.Storage;

namespace Dossier.Core.Names;

/// <summary>
/// Links the names recognised in a record to authorities, at import: a mention at or above
/// <see cref="Threshold"/> is linked (the record cites the authority, so it appears on the person's or place's
/// page), one below waits for an editor as a proposal. A confident new name becomes a new authority with every
/// spelling seen; Cyrillic spellings of known people and places are added to their authority.
/// </summary>
public sealed class NameLinker
{
    /// <summary>Mentions under this confidence are proposals; measured with `bench names` on held-out FRUS documents.</summary>
    public const double DefaultThreshold = 0.6;

    /// <summary>The <see cref="ArchiveRecord.NamesLinkedBy"/> of a record whose links this linker set, and may set again.</summary>
    public const string Recogniser = "recogniser";

    private readonly NameGazetteer _gazetteer;
    private readonly NameRecognizer _recognizer;

    public NameLinker(NameGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _recognizer = new NameRecognizer(gazetteer);
    }

    public double Threshold { get; init; } = DefaultThreshold;

    /// <summary>The people and places this linker knows (and learns as it links).</summary>
    public NameGazetteer Gazetteer => _gazetteer;

    /// <summary>A linker knowing every person and place in the store.</summary>
    public static Task<NameLinker> LoadAsync(IAuthorityStore store, CancellationToken cancellationToken = default) =>
        LoadAsync(store, MergePlan.None, cancellationToken);

    /// <summary>A linker knowing every person and place in the store as they stand once <paramref name="plan"/>'s merges are made.</summary>
    public static async Task<NameLinker> LoadAsync(IAuthorityStore store, MergePlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(plan);
        var authorities = new List<Authority>();
        foreach (var kind in new[] { AuthorityKind.Person, AuthorityKind.Place })
        {
            authorities.AddRange(await store.SearchAsync(kind, null, int.MaxValue, cancellationToken).ConfigureAwait(false));
        }
        return new NameLinker(NameGazetteer.Of(plan.Apply(authorities)));
    }

    /// <summary>Makes an authority read in the same import known before the records that name it.</summary>
    public void Learn(Authority authority) => _gazetteer.Add(authority);

    /// <summary>
    /// Recognises and links the names of each record (replacing earlier mentions); returns the authorities to write:
    /// new ones, and known ones with new spellings (only the new variants, for the store to merge).
    /// </summary>
    /// <remarks>
    /// The records are recognised on every core at once (<see cref="RecogniseAll"/>), then linked one by one in their
    /// order: a new name one record brings is known to the records of the next call, not to the others of this one (the
    /// import's relinking looks for it in every record before).
    /// </remarks>
    public IReadOnlyList<Authority> Link(IReadOnlyList<ArchiveRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var recognised = RecogniseAll(records);
        var changed = new Dictionary<string, Authority>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            Link(records[i], recognised[i], changed);
        }
        return changed.Values.ToList();
    }

    /// <summary>Links one record's names as <paramref name="recognised"/> found them (see <see cref="RecogniseAll"/>).</summary>
    public IReadOnlyList<Authority> Link(ArchiveRecord record, NameRecognition recognised)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(recognised);
        var changed = new Dictionary<string, Authority>(StringComparer.Ordinal);
        Link(record, recognised, changed);
        return changed.Values.ToList();
    }

    /// <summary>
    /// Recognises the names of every record, on every core: recognising is most of linking, and it only reads the
    /// gazetteer, which nothing changes meanwhile. Records with a big text are recognised one at a time, so that the
    /// words of two big texts are never held at once.
    /// </summary>
    public IReadOnlyList<NameRecognition> RecogniseAll(IReadOnlyList<ArchiveRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var recognised = new NameRecognition[records.Count];
        if (records.Count > 1 && !Importing.ImportMemory.AnyBig(records))
        {
            Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => recognised[i] = _recognizer.Recognise(records[i]));
        }
        else
        {
            for (var i = 0; i < records.Count; i++)
            {
                recognised[i] = _recognizer.Recognise(records[i]);
            }
        }
        return recognised;
    }

    private void Link(ArchiveRecord record, NameRecognition recognised, Dictionary<string, Authority> changed)
    {
        var (known, found) = recognised;
        record.NameSieve = NameSieve.Of(recognised.Forms, record.Layers);
        var mentions = new List<NameMention>(known.Count);
        foreach (var mention in known)
        {
            mention.Status = mention.Confidence >= Threshold ? MentionStatus.Linked : MentionStatus.Proposed;
            // The evidence is for the editor deciding a proposal; a linked mention's is not stored (records stay small).
            mention.Evidence = mention.Status == MentionStatus.Proposed ? mention.Evidence : null;
            mentions.Add(mention);
            if (mention.Status == MentionStatus.Linked)
            {
                if (record.Layers[mention.Layer].Text.Length > 0 && IsCyrillic(mention.Text))
                {
                    AddSpelling(changed, mention, record);
                }
            }
        }
        foreach (var name in found)
        {
            var linked = name.Confidence >= Threshold;
            string? id = null;
            if (linked)
            {
                id = AuthorityId.For(name.Kind, name.Heading);
                var authority = changed.TryGetValue(id, out var pending) ? pending : new Authority { Id = id, Kind = name.Kind, PreferredName = name.Heading };
                foreach (var (spelling, lang) in name.Spellings)
                {
                    if (!authority.Variants.Exists(v => string.Equals(v.Name, spelling, StringComparison.Ordinal)))
                    {
                        authority.Variants.Add(new NameVariant { Name = spelling, Lang = lang, Source = record.Id });
                    }
                }
                changed[id] = authority;
                _gazetteer.Add(authority);
            }
            foreach (var mention in name.Mentions)
            {
                mention.AuthorityId = id;
                mention.Status = linked ? MentionStatus.Linked : MentionStatus.Proposed;
                mention.Evidence = linked ? null : mention.Evidence;
                mentions.Add(mention);
            }
        }
        record.Mentions = mentions.Count == 0 ? null : mentions.OrderBy(m => (m.Layer, m.Start)).ToList();
        Cite(record, record.Mentions ?? []);
        record.NamesLinkedBy = Recogniser;
    }

    /// <summary>
    /// The record cites each authority a mention links, in the order of their first mentions, by <see cref="CitedName"/>.
    /// One rule whether the name was known before or new in this record, so that importing a file again, or relinking a
    /// record, names its people as the first import did.
    /// </summary>
    private static void Cite(ArchiveRecord record, IReadOnlyList<NameMention> mentions)
    {
        foreach (var cited in mentions.Where(m => m.Status == MentionStatus.Linked && m.AuthorityId is not null).GroupBy(m => m.AuthorityId!, StringComparer.Ordinal))
        {
            var links = cited.First().Kind == AuthorityKind.Place ? record.Places : record.People;
            if (!links.Exists(l => string.Equals(l.AuthorityId, cited.Key, StringComparison.Ordinal)))
            {
                links.Add(new EntityLink { Name = CitedName(cited.ToList()), AuthorityId = cited.Key });
            }
        }
    }

    /// <summary>The name a record cites an authority by, as the record writes it: <see cref="WrittenSpelling"/>'s Latin spelling, else its first.</summary>
    private static string CitedName(List<NameMention> mentions) =>
        WrittenSpelling.MostWrittenLatin(mentions.Select(m => (m.Text, IsCyrillic(m.Text), m.Layer, m.Start)).ToList()) ?? mentions[0].Text;

    private static void AddSpelling(Dictionary<string, Authority> changed, NameMention mention, ArchiveRecord record)
    {
        var id = mention.AuthorityId!;
        if (!changed.TryGetValue(id, out var authority))
        {
            // Only the spelling travels: the store merges it into the stored authority, heading and all.
            changed[id] = authority = new Authority { Id = id, Kind = mention.Kind, PreferredName = "" };
        }
        if (authority.Variants.Count < 12 && !authority.Variants.Exists(v => string.Equals(v.Name, mention.Text, StringComparison.Ordinal)))
        {
            authority.Variants.Add(new NameVariant { Name = mention.Text, Lang = record.Layers[mention.Layer].Lang, Source = record.Id });
        }
    }

    private static bool IsCyrillic(string text) => Text.CodePoints.HasCyrillic(text);
}
