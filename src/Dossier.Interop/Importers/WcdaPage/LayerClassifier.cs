using Dossier.Core.Languages;
using Dossier.Core.Records;

namespace Dossier.Interop.Importers.WcdaPage;

/// <summary>
/// Decides what each layer is. A layer in a language a "Translation - X" tab names is a translation
/// (its translator from the citation); a layer OCR produced (scan lines kept, column debris, or a
/// language written without the letters its alphabet must have) is the original; a clean layer in an
/// original language is the transcription; any other clean layer is a translation.
/// </summary>
internal static class LayerClassifier
{
    // Letters a language cannot be written without; OCR trained on Russian loses them.
    private static readonly Dictionary<string, string> Distinctive = new(StringComparer.Ordinal)
    {
        ["az-Cyrl"] = "әғјҝөүһҹ",
        ["kk"] = "әғқңөұүһі",
        ["tt"] = "әөүҗңһ",
        ["uk"] = "іїє",
        ["be"] = "іў",
        ["uz-Cyrl"] = "ўқғҳ",
        ["tg"] = "ӣӯҷҳғқ",
        ["az-Latn"] = "əığşçöü",
    };

    public static void Classify(TextLayer layer, IReadOnlyList<BodyBlock> blocks, IReadOnlyList<string> tabs, IReadOnlyList<string> originalLanguages, IReadOnlyList<Contributor> contributors)
    {
        var primary = Primary(layer.Lang);
        var translated = tabs
            .Select(t => t.Split(['-', '–', '—', ':'], 2))
            .Where(p => p.Length == 2 && p[0].Trim().StartsWith("Translation", StringComparison.OrdinalIgnoreCase))
            .Select(p => LanguageNames.ToTag(p[1].Trim()))
            .Where(t => t is not null)
            .Select(t => Primary(t!))
            .ToHashSet(StringComparer.Ordinal);
        var isOriginalLanguage = originalLanguages.Any(o => string.Equals(Primary(o), primary, StringComparison.Ordinal));
        var ocr = IsOcr(layer, blocks);

        if (translated.Contains(primary) && !ocr)
        {
            layer.Kind = LayerKind.Translation;
            var translators = contributors.Where(c => c.Role == ContributorRole.Translator).Select(c => c.Name).ToList();
            layer.Provenance = new LayerProvenance
            {
                Translator = translators.Count == 0 ? null : string.Join(", ", translators),
                LanguageEvidence = "source",
            };
        }
        else if (ocr)
        {
            layer.Kind = LayerKind.Original;
            layer.Provenance = new LayerProvenance { Method = CaptureMethod.Ocr, LanguageEvidence = "detected" };
        }
        else
        {
            // With no original language named, a clean layer can only be taken for a transcription.
            var transcription = isOriginalLanguage || originalLanguages.Count == 0;
            layer.Kind = transcription ? LayerKind.Transcription : LayerKind.Translation;
            layer.Provenance = new LayerProvenance { LanguageEvidence = isOriginalLanguage ? "source" : "detected" };
        }
    }

    private static bool IsOcr(TextLayer layer, IReadOnlyList<BodyBlock> blocks)
    {
        var text = blocks.Where(b => b.Kind == BodyBlockKind.Text).ToList();
        var letters = text.Sum(b => b.Letters);
        if (letters == 0)
        {
            return false;
        }
        var scanLines = text.Where(b => b.KeepsScanLines).Sum(b => b.Letters);
        var debris = blocks.Any(b => b.Kind == BodyBlockKind.Debris);
        var garbled = Distinctive.TryGetValue(layer.Lang, out var required)
            && layer.Text.ToLowerInvariant().Count(c => required.Contains(c, StringComparison.Ordinal)) < letters * 0.01;
        // Debris alone is no proof: a transcriber may have kept what stood in the margin.
        return garbled || scanLines >= letters * 0.5 || (debris && scanLines >= letters * 0.2);
    }

    private static string Primary(string tag) => tag.Split('-')[0];
}
