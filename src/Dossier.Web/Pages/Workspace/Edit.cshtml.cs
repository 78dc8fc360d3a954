using Dossier.Core.Editing;
using Dossier.Core.Records;
using Dossier.Web.Accounts;
using Dossier.Web.Editing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dossier.Web.Pages.Workspace;

/// <summary>
/// The edit page of one record: the form, and the workflow's buttons (submit, publish with an optional embargo,
/// unpublish). A save names the version it started from; when someone saved in between, the page shows both.
/// </summary>
[Authorize(Policy = ArchivePolicies.Contribute)]
public sealed class EditModel(EditorialDesk desk, IAuthorizationService authorization) : PageModel
{
    [BindProperty]
    public RecordForm Form { get; set; } = new();

    public RecordVersion Current { get; private set; } = null!;

    public ArchiveRecord Record { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public EditConflict? Conflict { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Form = RecordForm.From(Record, Current.Number);
        Message = done;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var edited = Form.ApplyTo(Record);
        if (RecordLimits.Find(edited) is { } breach)
        {
            Message = breach.Field + ": " + breach.Problem;
            return Page();
        }
        var submitted = RecordJson.Deserialize(RecordJson.Serialize(edited));
        var result = await desk.RunAsync(w => w.SaveAsync(edited, Form.Version, EditorialDesk.AuthorOf(User), CanEdit, cancellationToken), cancellationToken);
        return After(result, id, "saved", submitted);
    }

    public Task<IActionResult> OnPostSubmitAsync(string id, CancellationToken cancellationToken) =>
        StateAsync(id, (w, author, expected) => w.SubmitAsync(id, expected, author, cancellationToken), "submitted for review", false, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string id, CancellationToken cancellationToken)
    {
        DateTimeOffset? embargo = DateOnly.TryParseExact(Form.EmbargoUntil?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;
        return StateAsync(id, (w, author, expected) => w.PublishAsync(id, expected, author, embargo, cancellationToken), "published", true, cancellationToken);
    }

    public Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken cancellationToken) =>
        StateAsync(id, (w, author, expected) => w.UnpublishAsync(id, expected, author, cancellationToken), "unpublished", true, cancellationToken);

    private async Task<IActionResult> StateAsync(string id, Func<EditorialWorkspace, string, int, Task<VersionedWrite>> action, string done, bool editorsOnly, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (editorsOnly && !CanEdit)
        {
            return Forbid();
        }
        // The workflow's buttons post the whole form: what was typed is saved first, so a publish never publishes
        // the old text while the edits are silently dropped. A save that fails (a limit, a conflict) stops the step.
        var (expected, stopped) = await SaveFirstAsync(id, cancellationToken);
        if (stopped is not null)
        {
            return stopped;
        }
        var result = await desk.RunAsync(w => action(w, EditorialDesk.AuthorOf(User), expected), cancellationToken);
        return After(result, id, expected == Form.Version ? done : "saved and " + done, null);
    }

    /// <summary>The version the workflow step starts from: the form's, or the one its edits were just saved as.</summary>
    private async Task<(int Expected, IActionResult? Stopped)> SaveFirstAsync(string id, CancellationToken cancellationToken)
    {
        // A post without the record's fields (a script, an old page) changes the state only.
        if (!Request.HasFormContentType || !Request.Form.ContainsKey("Form.Title"))
        {
            return (Form.Version, null);
        }
        var edited = Form.ApplyTo(Record);
        if (RecordLimits.Find(edited) is { } breach)
        {
            Message = "Not saved, so not done: " + breach.Field + ": " + breach.Problem;
            return (Form.Version, Page());
        }
        var submitted = RecordJson.Deserialize(RecordJson.Serialize(edited));
        var saved = await desk.RunAsync(w => w.SaveAsync(edited, Form.Version, EditorialDesk.AuthorOf(User), CanEdit, cancellationToken), cancellationToken);
        return saved.Outcome switch
        {
            EditOutcome.Saved => (saved.Current!.Number, null),
            EditOutcome.Unchanged => (Form.Version, null),
            _ => (Form.Version, After(saved, id, "saved", submitted)),
        };
    }

    private IActionResult After(VersionedWrite result, string id, string done, ArchiveRecord? submitted)
    {
        switch (result.Outcome)
        {
            case EditOutcome.NotFound:
                return NotFound();
            case EditOutcome.Forbidden:
                return Forbid();
            case EditOutcome.Conflict:
                Conflict = EditConflict.From(result.Current!, Form.Version, submitted);
                Current = result.Current!;
                Record = Current.ToRecord();
                // Saving again is a deliberate choice to put this text over the newer version.
                Form.Version = Current.Number;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                return RedirectToPage("/Workspace/Edit", new { id, done = result.Outcome == EditOutcome.Unchanged ? "nothing changed" : done });
        }
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var current = await desk.Versions.CurrentAsync(id, cancellationToken);
        if (current is null)
        {
            return false;
        }
        Current = current;
        Record = current.ToRecord();
        CanEdit = (await authorization.AuthorizeAsync(User, ArchivePolicies.Edit)).Succeeded;
        return true;
    }
}
