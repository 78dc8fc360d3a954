using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dossier.Web.Endpoints;

/// <summary>
/// The OpenAPI 3.1 description's title, and a description for every parameter. The endpoints read their query
/// strings by hand (so a bad value is a validation problem, not a 500), which hides those parameters from the
/// generator: they are declared here, by operation, from one table of descriptions.
/// </summary>
internal static class ApiDescription
{
    private static readonly string[] Paging = ["limit", "offset"];

    private static readonly Dictionary<string, string[]> QueryParameters = new(StringComparer.Ordinal)
    {
        ["Search"] = ["q", "lang", "kind", "collection", "repository", "shelf", "person", "place", "subject", "from", "to", "sort", "limit", "offset", "page", "facets"],
        ["ListDocuments"] = Paging,
        ["ListCollections"] = Paging,
        ["GetCollection"] = Paging,
        ["ListPeople"] = ["q", .. Paging],
        ["ListPlaces"] = ["q", .. Paging],
        ["ListOrganisations"] = ["q", .. Paging],
        ["GetPeople"] = Paging,
        ["GetPlaces"] = Paging,
        ["GetOrganisations"] = Paging,
    };

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        ["q"] = "Words, names or phrases in any language or script; names match across scripts and spellings. Empty: everything (with the filters).",
        ["lang"] = "Only documents with a text layer in this language (BCP-47 tag, e.g. ru, en, az-Cyrl). Repeat for several.",
        ["kind"] = "Only layers of this kind: transcription, original or translation. Repeat for several.",
        ["collection"] = "Only documents of this collection (its id, e.g. frus1961-63v06). Repeat for several.",
        ["repository"] = "Only documents held by this repository (its name as listed in the facets).",
        ["shelf"] = "Only documents on this shelf of the archival tree or below it: the repository, then each level, separated by line breaks (%0A), as /browse/archives names them (\"Department of State%0ASeries Central Files\").",
        ["person"] = "Only documents citing this person (authority id or name).",
        ["place"] = "Only documents citing this place (authority id or name).",
        ["subject"] = "Only documents with this subject.",
        ["from"] = "Only documents dated on or after this date: 1955, 1955-08 or 1955-08-02.",
        ["to"] = "Only documents dated on or before this date: 1955, 1955-08 or 1955-08-02.",
        ["sort"] = "Order of hits: relevance (default), date (oldest first) or -date (newest first).",
        ["limit"] = "How many items to return (1–100).",
        ["offset"] = "How many items to skip: the page's start (0 first).",
        ["page"] = "Page number (from 1), an alternative to offset; pages are limit long.",
        ["facets"] = "true to count hits by language, layer, year, decade, collection, repository, person, place and subject.",
        ["id"] = "The record's archive id (d + 12 characters) or the source's own id (e.g. 119698 or frus1961-63v06/d1), which redirects to the archive id.",
        ["sha256"] = "The scan's SHA-256, as the record's scans list it.",
        ["region"] = "IIIF Image API 3.0 region: full, square, x,y,w,h or pct:x,y,w,h.",
        ["size"] = "IIIF Image API 3.0 size: max, w,, ,h, pct:n, w,h or !w,h.",
        ["rotation"] = "IIIF Image API 3.0 rotation in degrees (0, 90, 180, 270), ! to mirror.",
        ["qualityAndFormat"] = "IIIF Image API 3.0 quality and format, e.g. default.jpg.",
    };

    public static void Configure(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info ??= new OpenApiInfo();
            document.Info.Title = "Dossier archive API";
            document.Info.Description = "Read-only JSON API of a Dossier archive of translated historical primary sources: documents with every text layer and their paragraph alignment, full-text search across languages, scripts and spellings, people, places and collections. Only published records are served.";
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
            operation.Parameters ??= [];
            if (name is not null && QueryParameters.TryGetValue(name, out var declared))
            {
                foreach (var parameter in declared.Where(p => !operation.Parameters.Any(x => string.Equals(x.Name, p, StringComparison.Ordinal))))
                {
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = parameter,
                        In = ParameterLocation.Query,
                        Schema = new OpenApiSchema { Type = parameter is "limit" or "offset" or "page" ? JsonSchemaType.Integer : JsonSchemaType.String },
                    });
                }
            }
            foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>().Where(p => string.IsNullOrWhiteSpace(p.Description)))
            {
                parameter.Description = parameter.Name is { } key && Descriptions.TryGetValue(key, out var text)
                    ? text
                    : "The " + parameter.Name + " of the request.";
            }
            return Task.CompletedTask;
        });
    }
}
