using System.Text;
using System.Text.Json;
using Dossier.Core.Search;
using Dossier.Web.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Searching;

/// <summary>
/// A result list to take away: GET /search/export.csv (RFC 4180) and /search/export.jsonl (JSON Lines), with the
/// search page's parameters, every hit up to <see cref="MaxRows"/>. One row per document: its link, ids, title,
/// date, collection and number, kind and archival reference. Imported text is untrusted: the CSV quotes every
/// field and defuses cells a spreadsheet would run as a formula (OWASP "CSV injection"); JSON is written by a writer.
/// </summary>
public static class ResultListExport
{
    public const int MaxRows = 10_000;

    private static readonly string[] Columns = ["url", "id", "source_id", "title", "date", "collection", "number", "type", "archival_reference"];

    public static IEndpointRouteBuilder MapResultListExport(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/search/export.csv", (HttpContext context, SearchService search, CancellationToken cancellationToken) =>
            ExportAsync(context, search, csv: true, cancellationToken)).ExcludeFromDescription();
        app.MapGet("/search/export.jsonl", (HttpContext context, SearchService search, CancellationToken cancellationToken) =>
            ExportAsync(context, search, csv: false, cancellationToken)).ExcludeFromDescription();
        return app;
    }

    private static async Task ExportAsync(HttpContext context, SearchService search, bool csv, CancellationToken cancellationToken)
    {
        var query = SearchQuery.Parse(context.Request.Query, SearchQuery.MaxLimit);
        if (!query.IsValid)
        {
            await Results.ValidationProblem(query.Errors).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        var site = context.Request.Scheme + "://" + context.Request.Host;
        context.Response.ContentType = csv ? "text/csv; charset=utf-8; header=present" : "application/jsonl; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"dossier-search." + (csv ? "csv" : "jsonl") + "\"";
        var body = context.Response.Body;
        if (csv)
        {
            await WriteAsync(body, CsvLine(Columns), cancellationToken).ConfigureAwait(false);
        }
        var written = 0;
        for (var offset = 0; written < MaxRows; offset += SearchQuery.MaxLimit)
        {
            var request = query.ToRequest(facets: false) with { Offset = offset, Limit = SearchQuery.MaxLimit, Snippets = 0 };
            var page = await search.SearchAsync(request, cancellationToken).ConfigureAwait(false);
            if (page.Hits.Count == 0)
            {
                break;
            }
            var text = new StringBuilder();
            foreach (var hit in page.Hits.Take(MaxRows - written))
            {
                var row = Row(site, hit, DocumentDescription.Of(hit));
                text.Append(csv ? CsvLine(row) : JsonLine(row));
                written++;
            }
            await WriteAsync(body, text.ToString(), cancellationToken).ConfigureAwait(false);
            if (offset + page.Hits.Count >= page.Total)
            {
                break;
            }
        }
    }

    private static string?[] Row(string site, SearchHit hit, DocumentDescription description) =>
    [
        site + "/documents/" + hit.Id, hit.Id, hit.SourceId, hit.Title,
        hit.Date?.Value, description.Collection, description.Number, description.Type, description.Reference,
    ];

    /// <summary>One RFC 4180 record, every field quoted; a field a spreadsheet would evaluate gets a leading apostrophe.</summary>
    internal static string CsvLine(IReadOnlyList<string?> fields)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }
            var value = fields[i] ?? "";
            if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '|' or '%')
            {
                value = "'" + value;
            }
            line.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        return line.Append("\r\n").ToString();
    }

    private static string JsonLine(string?[] row)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            for (var i = 0; i < Columns.Length; i++)
            {
                if (row[i] is null)
                {
                    json.WriteNull(Columns[i]);
                }
                else
                {
                    json.WriteString(Columns[i], row[i]);
                }
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static Task WriteAsync(Stream body, string text, CancellationToken cancellationToken) =>
        body.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).AsTask();
}
