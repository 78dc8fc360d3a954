using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Authorities;
using Dossier.Core.Names;
using Dossier.Core.Records;

namespace Dossier.Bench.Names;

/// <summary>
/// `bench names`: precision and recall of name recognition against the FRUS <c>persName</c>/<c>placeName</c>
/// markup, per type, on held-out documents (hash split, see <see cref="FrusGold.IsHeldOut"/>). The markup is
/// removed from the text the recogniser reads; the authority files hold only the volume's list of persons and the
/// spellings and places of the build split. A predicted name counts when it overlaps a marked one of its type;
/// for people the linked authority is checked against the markup's <c>corresp</c> too.
/// </summary>
internal static class NamesBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var volumes = new List<string>();
        var split = "held-out";
        var threshold = NameLinker.DefaultThreshold;
        var diagnose = false;
        var ingest = false;
        var archive = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--volume" when i + 1 < args.Length:
                    volumes.Add(args[++i]);
                    break;
                case "--split" when i + 1 < args.Length:
                    split = args[++i];
                    break;
                case "--ingest":
                    ingest = true;
                    break;
                case "--diagnose":
                    diagnose = true;
                    break;
                case "--archive":
                    archive = true;
                    break;
                case "--threshold" when i + 1 < args.Length:
                    threshold = double.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine("usage: Dossier.Bench names [--volume FILE.xml]… [--archive] [--split held-out|build] [--threshold 0.6] [--ingest] [--diagnose]");
                    return 2;
            }
        }
        if (volumes.Count == 0)
        {
            var mini = Path.Combine(FindShared(), "corpora", "frus", "tei-mini");
            volumes.AddRange(Directory.GetFiles(mini, "*.xml").Order(StringComparer.Ordinal));
        }
        var totals = new Dictionary<AuthorityKind, Score> { [AuthorityKind.Person] = new(), [AuthorityKind.Place] = new() };
        var inDatelines = new Score();
        var (personForPlace, placeForPerson) = (0, 0);
        long characters = 0;
        var documents = 0;
        var watch = new Stopwatch();
        // With --archive, every volume's documents are read with the authority files of all the volumes together, as an
        // archive of them holds them (a person of one volume is a namesake in every other); else each with its own.
        var golds = archive ? volumes.Select(v => FrusGold.Read(v, archiveIds: true)).ToList() : null;
        var together = golds is null ? null : new NameRecognizer(NameGazetteer.Of(Together(golds.SelectMany(g => g.Authorities))));
        for (var v = 0; v < volumes.Count; v++)
        {
            var gold = golds?[v] ?? FrusGold.Read(volumes[v]);
            var recognizer = together ?? new NameRecognizer(NameGazetteer.Of(gold.Authorities));
            foreach (var document in gold.Documents.Where(d => d.HeldOut == string.Equals(split, "held-out", StringComparison.Ordinal)))
            {
                // In its volume, as the TEI importer puts it: the recogniser prefers a namesake of the volume's list of persons.
                var record = new ArchiveRecord
                {
                    Id = document.Id,
                    Layers = [new TextLayer { Lang = "en", Text = document.Text }],
                    Collections = [new CollectionMembership { CollectionId = gold.Volume }],
                };
                watch.Start();
                var (known, found) = recognizer.Recognise(record);
                watch.Stop();
                var predicted = known.Concat(found.SelectMany(n => n.Mentions)).Where(m => m.Confidence >= threshold).ToList();
                foreach (var kind in totals.Keys)
                {
                    totals[kind].Add(kind, predicted, document.Names);
                }
                // A name of one kind taken for the other: a marked place linked as a person ("Berlin" as Colonel Jack Berlin), or the reverse.
                personForPlace += predicted.Count(p => p.Kind == AuthorityKind.Person && document.Names.Exists(g => g.Kind == AuthorityKind.Place && p.Start < g.Start + g.Length && g.Start < p.Start + p.Length));
                placeForPerson += predicted.Count(p => p.Kind == AuthorityKind.Place && document.Names.Exists(g => g.Kind == AuthorityKind.Person && p.Start < g.Start + g.Length && g.Start < p.Start + p.Length));
                // The FRUS editions mark places in datelines only: there the markup is complete enough to judge precision.
                inDatelines.Add(AuthorityKind.Place, predicted.Where(p => document.Datelines.Exists(d => p.Start >= d.Start && p.Start < d.Start + d.Length)).ToList(), document.Names);
                if (diagnose)
                {
                    Diagnose(document, predicted);
                }
                characters += document.Text.Length;
                documents++;
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"name recognition, {split} split: {documents} documents, {characters / 1e6:0.00} M characters, {volumes.Count} volumes, threshold {threshold}, {(archive ? "the authority files of all the volumes together" : "each volume's authority files")}"));
        foreach (var (kind, score) in totals)
        {
            Console.WriteLine(score.Report(kind));
        }
        Console.WriteLine(inDatelines.Report(AuthorityKind.Place).Replace("Place  ", "Place in datelines", StringComparison.Ordinal));
        Console.WriteLine($"  a marked place found as a person {personForPlace}, a marked person as a place {placeForPerson}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recogniser time {watch.Elapsed.TotalSeconds:0.00} s ({characters / 1e6 / Math.Max(watch.Elapsed.TotalSeconds, 1e-6):0.0} M characters/s)"));
        if (ingest)
        {
            await NamesIngestCost.RunAsync(volumes).ConfigureAwait(false);
        }
        return 0;
    }

    /// <summary>One authority per id, as the store merges them: the spellings and source keys of every volume's.</summary>
    private static List<Authority> Together(IEnumerable<Authority> authorities)
    {
        var merged = new Dictionary<string, Authority>(StringComparer.Ordinal);
        foreach (var authority in authorities)
        {
            if (!merged.TryGetValue(authority.Id, out var kept))
            {
                merged[authority.Id] = new Authority
                {
                    Id = authority.Id,
                    Kind = authority.Kind,
                    PreferredName = authority.PreferredName,
                    Description = authority.Description,
                    Variants = [.. authority.Variants],
                    SourceKeys = [.. authority.SourceKeys],
                };
                continue;
            }
            kept.Variants.AddRange(authority.Variants.Where(v => !kept.Variants.Exists(k => string.Equals(k.Name, v.Name, StringComparison.Ordinal))));
            kept.SourceKeys.AddRange(authority.SourceKeys);
        }
        return [.. merged.Values];
    }

    private static void Diagnose(FrusGold.GoldDocument document, List<NameMention> predicted)
    {
        foreach (var p in predicted.Where(p => p.Kind == AuthorityKind.Person && !document.Names.Exists(g => g.Kind == p.Kind && p.Start < g.Start + g.Length && g.Start < p.Start + p.Length)))
        {
            Console.WriteLine($"FP {document.Id} {p.Text} -> {p.AuthorityId} {p.Confidence} {p.Evidence} | {Context(document.Text, p.Start)}");
        }
        foreach (var g in document.Names.Where(g => g.Kind == AuthorityKind.Person && !predicted.Exists(p => p.Kind == g.Kind && p.Start < g.Start + g.Length && g.Start < p.Start + p.Length)))
        {
            Console.WriteLine($"FN {document.Id} {document.Text.Substring(g.Start, g.Length)} ({g.Key}) | {Context(document.Text, g.Start)}");
        }
    }

    private static string Context(string text, int at)
    {
        var start = Math.Max(0, at - 40);
        return text[start..Math.Min(text.Length, at + 40)].ReplaceLineEndings(" ");
    }

    private static string FindShared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return Path.Combine(dir.FullName, "..", "shared");
            }
        }
        return Path.Combine("..", "shared");
    }

    private sealed class Score
    {
        private int _predicted;
        private int _correct;
        private int _gold;
        private int _found;
        private int _keyed;
        private int _rightAuthority;

        public void Add(AuthorityKind kind, List<NameMention> predicted, List<(AuthorityKind Kind, int Start, int Length, string? Key)> gold)
        {
            var mine = predicted.Where(p => p.Kind == kind).ToList();
            var marked = gold.Where(g => g.Kind == kind).ToList();
            _predicted += mine.Count;
            _gold += marked.Count;
            _correct += mine.Count(p => marked.Exists(g => Overlap(p, g.Start, g.Length)));
            foreach (var g in marked)
            {
                var hit = mine.FirstOrDefault(p => Overlap(p, g.Start, g.Length));
                if (hit is null)
                {
                    continue;
                }
                _found++;
                if (kind == AuthorityKind.Person && g.Key is not null && hit.AuthorityId is not null)
                {
                    _keyed++;
                    if (string.Equals(hit.AuthorityId, g.Key, StringComparison.Ordinal))
                    {
                        _rightAuthority++;
                    }
                }
            }
        }

        public string Report(AuthorityKind kind)
        {
            var precision = _predicted == 0 ? 0 : (double)_correct / _predicted;
            var recall = _gold == 0 ? 0 : (double)_found / _gold;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            var linking = _keyed == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $", right authority {(double)_rightAuthority / _keyed:P1} of {_keyed} linked");
            return string.Create(CultureInfo.InvariantCulture,
                $"  {kind,-7} precision {precision:P1} ({_correct}/{_predicted})  recall {recall:P1} ({_found}/{_gold})  F1 {f1:0.000}{linking}");
        }

        private static bool Overlap(NameMention p, int start, int length) => p.Start < start + length && start < p.Start + p.Length;
    }
}
