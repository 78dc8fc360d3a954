using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Dossier.Testing;

/// <summary>
/// The MUST rules of the IIIF Presentation API 3.0 that a manifest of text pages can break, checked on the JSON:
/// the @context, id and type on every resource, language maps, a Manifest's non-empty items of Canvases, Canvas
/// dimensions, Annotation Pages and Annotations with targets on the manifest's canvases, label/value pairs, rights
/// URIs, navDate, homepage and seeAlso, and Ranges that point at known canvases. Returns the broken rules, with paths.
/// </summary>
public static partial class IiifRules
{
    public static IReadOnlyList<string> Check(string json)
    {
        var problems = new List<string>();
        var manifest = JsonNode.Parse(json) as JsonObject;
        if (manifest is null)
        {
            return ["the document is not a JSON object"];
        }
        var context = manifest["@context"];
        var contexts = context is JsonArray many ? many.Select(c => c?.GetValue<string>()).ToList() : [context?.GetValue<string>()];
        if (!string.Equals(contexts.LastOrDefault(), "http://iiif.io/api/presentation/3/context.json", StringComparison.Ordinal))
        {
            problems.Add("@context: the Presentation 3 context must be the (last) value");
        }
        Resource(manifest, "Manifest", "$", problems);
        LanguageMap(manifest["label"], "$.label", required: true, problems);
        LanguageMap(manifest["summary"], "$.summary", required: false, problems);
        foreach (var (pair, i) in Array(manifest["metadata"]).Select((p, i) => (p, i)))
        {
            LabelValue(pair, $"$.metadata[{i}]", problems);
        }
        if (manifest["requiredStatement"] is { } statement)
        {
            LabelValue(statement, "$.requiredStatement", problems);
        }
        if (manifest["rights"] is { } rights && !RightsPattern().IsMatch(rights.GetValue<string>()))
        {
            problems.Add("$.rights: must be a Creative Commons or RightsStatements.org URI");
        }
        if (manifest["navDate"] is { } navDate
            && !DateTime.TryParseExact(navDate.GetValue<string>(), "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _))
        {
            problems.Add("$.navDate: must be an xsd:dateTime in UTC");
        }
        foreach (var (link, name) in Array(manifest["homepage"]).Select(h => (h, "homepage")).Concat(Array(manifest["seeAlso"]).Select(s => (s, "seeAlso"))))
        {
            Resource(link, null, "$." + name, problems);
            if (name == "homepage")
            {
                LanguageMap(link?["label"], "$.homepage.label", required: true, problems);
            }
        }

        var canvases = Array(manifest["items"]);
        if (canvases.Count == 0)
        {
            problems.Add("$.items: a Manifest must have at least one Canvas");
        }
        var canvasIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (canvas, c) in canvases.Select((x, i) => (x, i)))
        {
            var path = $"$.items[{c}]";
            Resource(canvas, "Canvas", path, problems);
            if (canvas?["id"]?.GetValue<string>() is { } id)
            {
                if (id.Contains('#', StringComparison.Ordinal))
                {
                    problems.Add(path + ".id: a Canvas id must not have a fragment");
                }
                if (!canvasIds.Add(id))
                {
                    problems.Add(path + ".id: repeated");
                }
            }
            Canvas(canvas as JsonObject, path, problems);
        }
        foreach (var (canvas, c) in canvases.Select((x, i) => (x, i)))
        {
            foreach (var (page, p) in Array(canvas?["annotations"]).Select((x, i) => (x, i)))
            {
                AnnotationPage(page, $"$.items[{c}].annotations[{p}]", canvasIds, problems);
            }
        }
        foreach (var (range, r) in Array(manifest["structures"]).Select((x, i) => (x, i)))
        {
            Resource(range, "Range", $"$.structures[{r}]", problems);
            foreach (var item in Array(range?["items"]))
            {
                if (item?["type"]?.GetValue<string>() == "Canvas" && !canvasIds.Contains(item["id"]?.GetValue<string>() ?? ""))
                {
                    problems.Add($"$.structures[{r}].items: a Canvas not in the manifest");
                }
            }
        }
        return problems;
    }

    private static void Canvas(JsonObject? canvas, string path, List<string> problems)
    {
        if (canvas is null)
        {
            return;
        }
        var hasHeight = canvas["height"] is JsonValue h && h.TryGetValue<int>(out var height) && height > 0;
        var hasWidth = canvas["width"] is JsonValue w && w.TryGetValue<int>(out var width) && width > 0;
        if (hasHeight != hasWidth)
        {
            problems.Add(path + ": height and width must come together, as positive integers");
        }
        var hasContent = Array(canvas["items"]).Count > 0 || Array(canvas["annotations"]).Count > 0;
        if (hasContent && !hasHeight && canvas["duration"] is null)
        {
            problems.Add(path + ": a Canvas with content must have height and width, or duration");
        }
        LanguageMap(canvas["label"], path + ".label", required: false, problems);
        foreach (var (page, p) in Array(canvas["items"]).Select((x, i) => (x, i)))
        {
            Resource(page, "AnnotationPage", $"{path}.items[{p}]", problems);
        }
    }

    private static void AnnotationPage(JsonNode? page, string path, HashSet<string> canvasIds, List<string> problems)
    {
        Resource(page, "AnnotationPage", path, problems);
        LanguageMap(page?["label"], path + ".label", required: false, problems);
        foreach (var (annotation, a) in Array(page?["items"]).Select((x, i) => (x, i)))
        {
            var at = $"{path}.items[{a}]";
            Resource(annotation, "Annotation", at, problems);
            if (annotation?["motivation"] is null)
            {
                problems.Add(at + ": an Annotation must have a motivation");
            }
            var target = annotation?["target"] is JsonObject o ? o["id"]?.GetValue<string>() : annotation?["target"]?.GetValue<string>();
            if (target is null || !canvasIds.Contains(target.Split('#')[0]))
            {
                problems.Add(at + ".target: must be a Canvas of this manifest");
            }
            var body = annotation?["body"];
            if (body?["type"]?.GetValue<string>() == "TextualBody")
            {
                if (body["value"] is null)
                {
                    problems.Add(at + ".body: a TextualBody must have a value");
                }
                if (body["language"] is { } language && !LanguagePattern().IsMatch(language.GetValue<string>()))
                {
                    problems.Add(at + ".body.language: not a BCP-47 tag");
                }
            }
            else if (body is not null)
            {
                Resource(body, null, at + ".body", problems);
            }
        }
    }

    private static void Resource(JsonNode? node, string? type, string path, List<string> problems)
    {
        if (node is not JsonObject resource)
        {
            problems.Add(path + ": must be an object");
            return;
        }
        var id = resource["id"]?.GetValue<string>();
        if (id is null || !Uri.TryCreate(id, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add(path + ".id: must be an HTTP(S) URI");
        }
        var actual = resource["type"]?.GetValue<string>();
        if (actual is null || (type is not null && !string.Equals(actual, type, StringComparison.Ordinal)))
        {
            problems.Add($"{path}.type: must be {type ?? "present"}, is {actual ?? "missing"}");
        }
    }

    private static void LabelValue(JsonNode? pair, string path, List<string> problems)
    {
        LanguageMap(pair?["label"], path + ".label", required: true, problems);
        LanguageMap(pair?["value"], path + ".value", required: true, problems);
    }

    private static void LanguageMap(JsonNode? node, string path, bool required, List<string> problems)
    {
        if (node is null)
        {
            if (required)
            {
                problems.Add(path + ": required");
            }
            return;
        }
        if (node is not JsonObject map || map.Count == 0)
        {
            problems.Add(path + ": must be a language map (an object of language → array of strings)");
            return;
        }
        foreach (var (language, values) in map)
        {
            if (!string.Equals(language, "none", StringComparison.Ordinal) && !LanguagePattern().IsMatch(language))
            {
                problems.Add($"{path}.{language}: not a BCP-47 tag or \"none\"");
            }
            if (values is not JsonArray array || array.Count == 0 || array.Any(v => v is not JsonValue s || !s.TryGetValue<string>(out _)))
            {
                problems.Add($"{path}.{language}: must be a non-empty array of strings");
            }
        }
    }

    private static List<JsonNode?> Array(JsonNode? node) => node is JsonArray array ? array.ToList() : [];

    // BCP-47 (RFC 5646) well-formedness for the tags Dossier writes: language, optional script, region, variants.
    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-([A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();

    [GeneratedRegex(@"^https?://(creativecommons\.org/(licenses|publicdomain)/|rightsstatements\.org/vocab/)", RegexOptions.CultureInvariant)]
    private static partial Regex RightsPattern();
}
