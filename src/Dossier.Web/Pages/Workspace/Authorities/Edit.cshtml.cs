using Dossier.Core.Authorities;
using Dossier.Core.Composition;
using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Web.Accounts;
using Dossier.Web.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Workspace.Authorities;

/// <summary>
/// One authority for an editor: edit its heading, variants and description; merge another authority into it; split
/// chosen variants off into a new one, with the citing records the editor picks. Refused changes write nothing and
/// say why.
/// </summary>
[Authorize(Policy = ArchivePolicies.Edit)]
public sealed class AuthorityEditModel(AuthorityDesk desk, Archive archive) : PageModel
{
    /// <summary>Citing records listed (and offered to a split) at most.</summary>
    public const int MaxRecords = 500;

    [BindProperty]
    public AuthorityForm Form { get; set; } = new();

    public Authority Authority { get; private set; } = new();

    public IReadOnlyList<ArchiveRecord> Citing { get; private set; } = [];

    public int CitingCount { get; private set; }

    public bool IsPublic { get; private set; }

    public string? Message { get; private set; }

    public bool Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = AuthorityForm.From(Authority);
        Message = done;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () => await desk.EditAsync(Form.ToEdit(id), EditorialDesk.AuthorOf(User), cancellationToken) is null
            ? NotFound()
            : Done(id, "saved"), cancellationToken);

    public Task<IActionResult> OnPostMergeAsync(string id, string? other, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () =>
        {
            var merged = await archive.Store.Authorities.FindAsync((other ?? "").Trim(), cancellationToken);
            var kept = await desk.MergeAsync(id, other ?? "", EditorialDesk.AuthorOf(User), cancellationToken);
            return Done(kept.Id, $"merged {merged?.PreferredName} ({merged?.Id}) into this one");
        }, cancellationToken);

    public Task<IActionResult> OnPostSplitAsync(string id, string[]? variants, string[]? records, CancellationToken cancellationToken) =>
        ChangeAsync(id, async () =>
        {
            var created = await desk.SplitAsync(id, variants ?? [], records ?? [], EditorialDesk.AuthorOf(User), cancellationToken);
            return Done(created.Id, $"split off from {Authority.PreferredName} ({id})");
        }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(string id, Func<Task<IActionResult>> change, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        try
        {
            return await change();
        }
        catch (AuthorityEditException e)
        {
            Message = e.Message;
            Refused = true;
            if (Form.Variants.Count == 0)
            {
                Form = AuthorityForm.From(Authority);
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    private RedirectToPageResult Done(string id, string done) => RedirectToPage("/Workspace/Authorities/Edit", new { id, done });

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await archive.Store.Authorities.FindAsync(id, cancellationToken) is not { } authority)
        {
            return false;
        }
        Authority = authority;
        var ids = await archive.Store.Authorities.RecordIdsCitingAsync(id, cancellationToken);
        CitingCount = ids.Count;
        var now = archive.Time.GetUtcNow();
        Citing = await archive.Store.Records.GetManyAsync(ids.Take(MaxRecords).ToList(), cancellationToken);
        IsPublic = Citing.Any(r => r.IsPublicAt(now));
        return true;
    }

    /// <summary>The spellings by which <paramref name="record"/> links this authority.</summary>
    public string LinkNames(ArchiveRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Join(", ", record.People.Concat(record.Places).Concat(record.Organisations)
            .Where(l => string.Equals(l.AuthorityId, Authority.Id, StringComparison.Ordinal)).Select(l => l.Name)
            .Concat(record.Contributors.Where(c => string.Equals(c.AuthorityId, Authority.Id, StringComparison.Ordinal)).Select(c => c.Name))
            .Distinct(StringComparer.Ordinal));
    }
}
