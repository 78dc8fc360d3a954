using Dossier.Core.Composition;
using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Web.Editing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages;

/// <summary>
/// A published version of a record at a stable address, <c>/documents/{id}/versions/{n}</c>, for citations: the text
/// exactly as it was published then, whatever was corrected since. Only versions written as published are shown, and
/// only while the record itself is public, so a withdrawn record is not readable through its old versions.
/// </summary>
public sealed class CitedVersionModel(Archive archive, EditorialDesk desk) : PageModel
{
    public RecordVersion Version { get; private set; } = null!;

    public ArchiveRecord Record { get; private set; } = null!;

    public int CurrentNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int number, CancellationToken cancellationToken)
    {
        var now = archive.Time.GetUtcNow();
        var current = await desk.Versions.CurrentAsync(id, cancellationToken);
        var version = current is null ? null : await desk.Versions.GetAsync(id, number, cancellationToken);
        if (current is null || version is null || !current.ToRecord().IsPublicAt(now) || !version.ToRecord().IsPublicAt(now))
        {
            return NotFound();
        }
        Version = version;
        Record = version.ToRecord();
        CurrentNumber = current.Number;
        return Page();
    }
}
