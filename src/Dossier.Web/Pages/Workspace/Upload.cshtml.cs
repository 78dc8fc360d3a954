using Dossier.Web.Accounts;
using Dossier.Web.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Workspace;

/// <summary>
/// An editor's upload of record files (page export, TEI, CSV, JSON Lines): imported as drafts by the CLI's importers,
/// with the job's progress and then its <c>file:line: field: problem</c> report on <c>/workspace/upload/{job}</c>.
/// </summary>
[Authorize(Policy = ArchivePolicies.Edit)]
[RequestSizeLimit(256L * 1024 * 1024)]
public sealed class UploadModel(UploadJobs jobs) : PageModel
{
    public UploadJob? Job { get; private set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet(string? job)
    {
        if (job is null)
        {
            return Page();
        }
        Job = jobs.Find(job, EditorialDesk.AuthorOf(User));
        return Job is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, string? format, CancellationToken cancellationToken)
    {
        if (files is null || files.Count == 0)
        {
            Problem = "Choose one or more files.";
            return Page();
        }
        var started = await jobs.StartAsync(files, string.IsNullOrWhiteSpace(format) ? "auto" : format, EditorialDesk.AuthorOf(User), cancellationToken);
        return Redirect("/workspace/upload/" + started.Id);
    }
}
