using System.Text.Json;
using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dossier.Web.Editing;

/// <summary>
/// The editorial JSON API (issue 11 item 8): create a draft, save with If-Match (RFC 9110 §13.1.1; a stale tag is 412),
/// submit, publish, unpublish, delete, and the version history. Bodies are the record model of `dossier show --json`.
/// </summary>
public static class DocumentsWriteApi
{
    public static RouteGroupBuilder MapDocumentsWriteApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/documents").WithTags("Editing");
        group.MapPost("/", CreateAsync).RequireAuthorization(ArchivePolicies.Contribute).WithName("CreateDocument");
        group.MapPut("/{id}", SaveAsync).RequireAuthorization(ArchivePolicies.Contribute).WithName("SaveDocument");
        group.MapPost("/{id}/submit", (string id, HttpContext http, EditorialDesk desk, CancellationToken ct) =>
            StateAsync(http, desk, (w, author, expected) => w.SubmitAsync(id, expected, author, ct), ct)).RequireAuthorization(ArchivePolicies.Contribute).WithName("SubmitDocument");
        group.MapPost("/{id}/publish", (string id, DateTimeOffset? embargoUntil, HttpContext http, EditorialDesk desk, CancellationToken ct) =>
            StateAsync(http, desk, (w, author, expected) => w.PublishAsync(id, expected, author, embargoUntil, ct), ct)).RequireAuthorization(ArchivePolicies.Edit).WithName("PublishDocument");
        group.MapPost("/{id}/unpublish", (string id, HttpContext http, EditorialDesk desk, CancellationToken ct) =>
            StateAsync(http, desk, (w, author, expected) => w.UnpublishAsync(id, expected, author, ct), ct)).RequireAuthorization(ArchivePolicies.Edit).WithName("UnpublishDocument");
        group.MapPost("/{id}/versions/{number:int}/restore", (string id, int number, HttpContext http, EditorialDesk desk, CancellationToken ct) =>
            StateAsync(http, desk, (w, author, expected) => w.RestoreAsync(id, number, expected, author, ct), ct)).RequireAuthorization(ArchivePolicies.Edit).WithName("RestoreVersion");
        group.MapDelete("/{id}", DeleteAsync).RequireAuthorization(ArchivePolicies.Edit).WithName("DeleteDocument");
        group.MapGet("/{id}/versions", ListVersionsAsync).RequireAuthorization(ArchivePolicies.Contribute).WithName("ListVersions");
        group.MapGet("/{id}/versions/{number:int}", GetVersionAsync).RequireAuthorization(ArchivePolicies.Contribute).WithName("GetVersion");
        return api;
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EditorialDesk desk, CancellationToken cancellationToken)
    {
        var (record, problem) = await ReadRecordAsync(http.Request, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return problem!;
        }
        var result = await desk.RunAsync(w => w.CreateAsync(record, EditorialDesk.AuthorOf(http.User), cancellationToken), cancellationToken).ConfigureAwait(false);
        if (result.Outcome == EditOutcome.Conflict)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The record exists",
                detail: $"A record with this source identity is stored as {record.Id}: change it with PUT /api/documents/{record.Id}.");
        }
        var version = result.Current!;
        http.Response.Headers.ETag = version.ETag;
        return Results.Created("/api/documents/" + version.RecordId, VersionSummary.From(version));
    }

    private static async Task<IResult> SaveAsync(string id, HttpContext http, EditorialDesk desk, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (!TryExpected(http.Request, out var expected, out var missing))
        {
            return missing!;
        }
        var (record, problem) = await ReadRecordAsync(http.Request, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return problem!;
        }
        record.Id = id;
        var mayEditAny = (await authorization.AuthorizeAsync(http.User, ArchivePolicies.Edit).ConfigureAwait(false)).Succeeded;
        var submitted = RecordJson.Deserialize(RecordJson.Serialize(record));
        var result = await desk.RunAsync(w => w.SaveAsync(record, expected, EditorialDesk.AuthorOf(http.User), mayEditAny, cancellationToken), cancellationToken).ConfigureAwait(false);
        return Answer(http, result, expected, submitted);
    }

    private static async Task<IResult> StateAsync(
        HttpContext http, EditorialDesk desk, Func<EditorialWorkspace, string, int?, Task<VersionedWrite>> action, CancellationToken cancellationToken)
    {
        // If-Match is optional here: a state change without it applies to whatever version is current.
        var expected = VersionTag.Parse(http.Request.Headers.IfMatch.ToString());
        if (expected == -1)
        {
            return StalePrecondition();
        }
        var result = await desk.RunAsync(w => action(w, EditorialDesk.AuthorOf(http.User), expected), cancellationToken).ConfigureAwait(false);
        return Answer(http, result, expected, null);
    }

    private static async Task<IResult> DeleteAsync(string id, bool? hard, HttpContext http, EditorialDesk desk, IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (hard == true)
        {
            if (!(await authorization.AuthorizeAsync(http.User, ArchivePolicies.Administer).ConfigureAwait(false)).Succeeded)
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only an admin deletes for good");
            }
            return await desk.PurgeAsync(id, EditorialDesk.AuthorOf(http.User), cancellationToken).ConfigureAwait(false) ? Results.NoContent() : Results.NotFound();
        }
        var result = await desk.RunAsync(w => w.SoftDeleteAsync(id, EditorialDesk.AuthorOf(http.User), cancellationToken), cancellationToken).ConfigureAwait(false);
        return Answer(http, result, null, null);
    }

    private static async Task<IResult> ListVersionsAsync(string id, EditorialDesk desk, CancellationToken cancellationToken)
    {
        var versions = await desk.Versions.ListAsync(id, cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? Results.NotFound() : Results.Ok(versions.Select(VersionSummary.From).ToList());
    }

    private static async Task<IResult> GetVersionAsync(string id, int number, EditorialDesk desk, CancellationToken cancellationToken)
    {
        var version = await desk.Versions.GetAsync(id, number, cancellationToken).ConfigureAwait(false);
        return version is null ? Results.NotFound() : Results.Ok(version.ToRecord());
    }

    private static IResult Answer(HttpContext http, VersionedWrite result, int? expected, ArchiveRecord? submitted)
    {
        switch (result.Outcome)
        {
            case EditOutcome.NotFound:
                return Results.NotFound();
            case EditOutcome.Forbidden:
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not in this record's state",
                    detail: $"The record is {result.Current?.Status.ToString().ToLowerInvariant()}: your role may not do this to it now.");
            case EditOutcome.Conflict:
                return Results.Json(EditConflict.From(result.Current!, expected, submitted), statusCode: StatusCodes.Status412PreconditionFailed, contentType: "application/problem+json");
            default:
                var version = result.Current!;
                http.Response.Headers.ETag = version.ETag;
                return Results.Ok(VersionSummary.From(version));
        }
    }

    private static bool TryExpected(HttpRequest request, out int? expected, out IResult? problem)
    {
        expected = VersionTag.Parse(request.Headers.IfMatch.ToString());
        problem = expected switch
        {
            null => Results.Problem(statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match is required",
                detail: "Send the ETag of the version you edited (from the versions list, or the answer to your last write), e.g. If-Match: \"v3\"."),
            -1 => StalePrecondition(),
            _ => null,
        };
        return problem is null;
    }

    private static IResult StalePrecondition() =>
        Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "Unknown entity tag", detail: "If-Match must name a version of this record, e.g. \"v3\".");

    private static async Task<(ArchiveRecord? Record, IResult? Problem)> ReadRecordAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArchiveRecord? record;
        try
        {
            record = await JsonSerializer.DeserializeAsync<ArchiveRecord>(request.Body, RecordJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a record",
                detail: $"line {(e.LineNumber ?? 0) + 1}: {e.Path}: the body is not the record model of `dossier show --json`"));
        }
        if (record is null)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a record", detail: "The body is empty."));
        }
        if (RecordLimits.Find(record) is { } breach)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The record breaks a limit", detail: breach.Field + ": " + breach.Problem));
        }
        return (record, null);
    }
}
