using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Web.Accounts;
using Dossier.Web.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Workspace;

/// <summary>One version of a record as it was saved, and (for editors) restoring it as a new version.</summary>
[Authorize(Policy = ArchivePolicies.Contribute)]
public sealed class VersionModel(EditorialDesk desk, IAuthorizationService authorization) : PageModel
{
    public RecordVersion Version { get; private set; } = null!;

    public ArchiveRecord Record { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int number, CancellationToken cancellationToken)
    {
        var version = await desk.Versions.GetAsync(id, number, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }
        Version = version;
        Record = version.ToRecord();
        CanEdit = (await authorization.AuthorizeAsync(User, ArchivePolicies.Edit)).Succeeded;
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, int number, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, ArchivePolicies.Edit)).Succeeded)
        {
            return Forbid();
        }
        var result = await desk.RunAsync(w => w.RestoreAsync(id, number, null, EditorialDesk.AuthorOf(User), cancellationToken), cancellationToken);
        return result.Outcome switch
        {
            EditOutcome.NotFound => NotFound(),
            EditOutcome.Forbidden => Forbid(),
            _ => RedirectToPage("/Workspace/Edit", new { id, done = "version " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " restored" }),
        };
    }
}
