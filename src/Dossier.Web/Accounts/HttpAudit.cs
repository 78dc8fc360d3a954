using System.Security.Claims;
using Dossier.Core.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dossier.Web.Accounts;

/// <summary>Records an action done through a web request: the actor is the signed-in account (or token owner), with the client's address.</summary>
public static class HttpAudit
{
    /// <summary>E.g. <c>await HttpContext.AuditAsync(AuditActions.RecordPublished, id, "version 4")</c>.</summary>
    public static Task<AuditEntry> AuditAsync(this HttpContext context, string action, string? target, string? detail = null, string? actor = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var log = context.RequestServices.GetRequiredService<IAuditLog>();
        return log.RecordAsync(new AuditEntry
        {
            Action = action,
            Actor = actor ?? context.User.Identity?.Name,
            Target = target,
            Detail = context.User.FindFirstValue(ArchiveSchemes.TokenClaim) is { } token ? (detail is null ? "" : detail + "; ") + "by token " + token : detail,
            Address = context.Connection.RemoteIpAddress?.ToString(),
        }, CancellationToken.None);
    }
}
