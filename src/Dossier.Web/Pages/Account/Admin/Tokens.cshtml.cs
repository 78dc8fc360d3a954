using Dossier.Core.Accounts;
using Dossier.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dossier.Web.Pages.Account.Admin;

/// <summary>Every account's API tokens: create one (its secret shown once), revoke any. Audited.</summary>
[Authorize(Policy = ArchivePolicies.Administer)]
public sealed class TokensModel(IAccountDesk desk, IAccountStore accounts) : AccountPageModel
{
    private Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? Secret { get; private set; }

    public string? SecretOwner { get; private set; }

    public string? Error { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync(string name, string? label)
    {
        try
        {
            var created = await desk.CreateTokenAsync(name, label ?? "", User.Identity?.Name ?? "", HttpContext.RequestAborted);
            (Secret, SecretOwner) = (created.Secret, name);
        }
        catch (AccountException e)
        {
            Error = e.Message;
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id)
    {
        if (!await desk.RevokeTokenAsync(id ?? "", User.Identity?.Name ?? "", HttpContext.RequestAborted))
        {
            Error = $"No live token '{id}'.";
        }
        await LoadAsync();
        return Page();
    }

    public string OwnerOf(ApiToken token) => _names.GetValueOrDefault(token?.AccountId ?? "", "?");

    private async Task LoadAsync()
    {
        _names = (await desk.ListAsync(HttpContext.RequestAborted)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        Tokens = await accounts.ListTokensAsync(null, HttpContext.RequestAborted);
    }
}
