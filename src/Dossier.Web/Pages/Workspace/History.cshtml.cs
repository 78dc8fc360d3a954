using Dossier.Core.Editing;
using Dossier.Web.Accounts;
using Dossier.Web.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Workspace;

/// <summary>A record's versions, newest first, and the comparison of any two (field by field, texts line by line).</summary>
[Authorize(Policy = ArchivePolicies.Contribute)]
public sealed class HistoryModel(EditorialDesk desk) : PageModel
{
    public string Id { get; private set; } = "";

    public IReadOnlyList<RecordVersion> Versions { get; private set; } = [];

    public RecordVersion? From { get; private set; }

    public RecordVersion? To { get; private set; }

    public IReadOnlyList<FieldChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, int? from, int? to, CancellationToken cancellationToken)
    {
        Versions = await desk.Versions.ListAsync(id, cancellationToken);
        if (Versions.Count == 0)
        {
            return NotFound();
        }
        Id = id;
        if (from is not null || to is not null)
        {
            To = Versions.FirstOrDefault(v => v.Number == (to ?? Versions[^1].Number));
            From = Versions.FirstOrDefault(v => v.Number == (from ?? (To?.Number ?? 1) - 1));
            if (From is null || To is null)
            {
                return NotFound();
            }
            Changes = RecordDiff.Compare(From.ToRecord(), To.ToRecord());
        }
        return Page();
    }
}
