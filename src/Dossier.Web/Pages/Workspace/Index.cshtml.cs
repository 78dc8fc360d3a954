using Dossier.Core.Composition;
using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Core.Storage;
using Dossier.Web.Accounts;
using Dossier.Web.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Workspace;

/// <summary>The workspace's front page: records waiting for work (in review, drafts, withdrawn), and opening any record by id.</summary>
[Authorize(Policy = ArchivePolicies.Contribute)]
public sealed class IndexModel(Archive archive, EditorialDesk desk, IAuthorizationService authorization) : PageModel
{
    /// <summary>Listing lines read per page of the store; the workspace shows at most this many unpublished records.</summary>
    private const int Limit = 500;

    public IReadOnlyList<RecordSummary> Waiting { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? open, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(open))
        {
            var found = await archive.Store.Records.FindAsync(open.Trim(), cancellationToken);
            if (found is not null)
            {
                return Redirect("/workspace/documents/" + found.Id);
            }
            Problem = "No record has the id " + open.Trim() + ".";
        }
        CanEdit = (await authorization.AuthorizeAsync(User, ArchivePolicies.Edit)).Succeeded;
        var waiting = new List<RecordSummary>();
        for (var offset = 0; waiting.Count < Limit; offset += Limit)
        {
            var page = await archive.Store.Records.ListAsync(offset, Limit, cancellationToken);
            waiting.AddRange(page.Where(r => r.Status != RecordStatus.Published));
            if (page.Count < Limit)
            {
                break;
            }
        }
        Waiting = waiting.OrderBy(r => r.Status == RecordStatus.InReview ? 0 : r.Status == RecordStatus.Draft ? 1 : 2).Take(Limit).ToList();
        return Page();
    }

    /// <summary>A new draft with a title and one text; the edit page takes it from there.</summary>
    public async Task<IActionResult> OnPostCreateAsync(string title, string? lang, string? text, CancellationToken cancellationToken)
    {
        var record = new ArchiveRecord { Title = (title ?? "").Trim() };
        if (!string.IsNullOrWhiteSpace(text))
        {
            record.Layers.Add(new TextLayer { Kind = LayerKind.Transcription, Lang = string.IsNullOrWhiteSpace(lang) ? "und" : lang.Trim(), Text = text });
        }
        if (record.Title.Length == 0 || RecordLimits.Find(record) is not null)
        {
            Problem = record.Title.Length == 0 ? "title: a new record needs a title" : RecordLimits.Find(record)!.Value.Field + ": " + RecordLimits.Find(record)!.Value.Problem;
            return await OnGetAsync(null, cancellationToken);
        }
        var result = await desk.RunAsync(w => w.CreateAsync(record, EditorialDesk.AuthorOf(User), cancellationToken), cancellationToken);
        return result.Outcome == EditOutcome.Saved ? Redirect("/workspace/documents/" + result.Current!.RecordId + "?done=created") : StatusCode(StatusCodes.Status409Conflict);
    }
}
