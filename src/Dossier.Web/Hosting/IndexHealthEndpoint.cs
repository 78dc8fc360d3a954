using System.Text;
using System.Text.Json;
using Dossier.Core.Composition;
using Dossier.Core.Records;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Hosting;

/// <summary>
/// <c>GET /health/index</c>: whether this process writes the search index, how far it is behind the store, and the
/// stored records it could not hold (the first <see cref="MaxListed"/>, ids abbreviated). 200 while the index
/// serves searches, 503 when this process has none.
/// </summary>
public static class IndexHealthEndpoint
{
    public const string Route = "/health/index";

    private const int MaxListed = 100;

    public static IEndpointRouteBuilder MapIndexHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet(Route, WriteAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> WriteAsync(Archive archive, CancellationToken cancellationToken)
    {
        var storeSequence = await archive.Store.Records.LastSequenceAsync(cancellationToken).ConfigureAwait(false);
        var index = archive.Index;
        var skipped = index?.Skipped ?? [];
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", index is null ? "unavailable" : skipped.Count > 0 ? "degraded" : "healthy");
            if (index is null)
            {
                json.WriteString("reason", archive.IndexUnavailableReason ?? "this archive has no search index");
            }
            json.WriteNumber("store_sequence", storeSequence);
            json.WriteNumber("index_sequence", index?.AppliedSequence ?? 0);
            json.WriteNumber("skipped_count", skipped.Count);
            json.WriteStartArray("skipped");
            foreach (var record in skipped.Take(MaxListed))
            {
                json.WriteStartObject();
                json.WriteString("id", RecordLimits.Abbreviate(record.Id));
                json.WriteString("reason", record.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Results.Text(Encoding.UTF8.GetString(buffer.ToArray()), "application/json", Encoding.UTF8,
            index is null ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK);
    }
}
