using Dossier.Core.Audit;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages.Account.Admin;

/// <summary>The audit log, newest first, 100 to a page, filtered by action, actor or target.</summary>
[Authorize(Policy = ArchivePolicies.Administer)]
public sealed class AuditModel(IAuditLog audit) : AccountPageModel
{
    private const int PageSize = 100;

    [FromQuery(Name = "action")]
    public string? Action { get; set; }

    [FromQuery(Name = "actor")]
    public string? Actor { get; set; }

    [FromQuery(Name = "target")]
    public string? Target { get; set; }

    [FromQuery(Name = "before")]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>Where the next page starts; null on the last page.</summary>
    public long? Older { get; private set; }

    public async Task OnGetAsync()
    {
        Entries = await audit.ReadAsync(new AuditQuery { Action = Blank(Action), Actor = Blank(Actor), Target = Blank(Target), Before = Before, Limit = PageSize }, HttpContext.RequestAborted);
        Older = Entries.Count == PageSize ? Entries[^1].Sequence : null;
    }

    public string OlderLink(long before)
    {
        List<KeyValuePair<string, string?>> query =
        [
            new("action", Blank(Action)), new("actor", Blank(Actor)), new("target", Blank(Target)),
            new("before", before.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
        return "/account/admin/audit" + QueryString.Create(query.Where(p => p.Value is not null));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
