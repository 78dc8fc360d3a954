namespace Dossier.Web.Accounts;

/// <summary>
/// Authorization policy names used by pages and endpoints (<c>RequireAuthorization(ArchivePolicies.Edit)</c>).
/// Both sign-in schemes (the browser's cookie and an API bearer token) satisfy them.
/// </summary>
public static class ArchivePolicies
{
    /// <summary>Contributor or above: create drafts, edit drafts, submit for review, upload imports as drafts.</summary>
    public const string Contribute = "contribute";

    /// <summary>Editor or above: edit any record, review, publish, unpublish, embargo, merge authorities, restore versions.</summary>
    public const string Edit = "edit";

    /// <summary>Admin: accounts, roles, tokens of others, hard deletes, the audit log.</summary>
    public const string Administer = "administer";
}
