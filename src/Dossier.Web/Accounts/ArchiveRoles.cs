namespace Dossier.Web.Accounts;

/// <summary>
/// The archive's roles, from least to most trusted. Each role may do what the ones before it may: a reader only
/// reads (anonymous), a contributor adds and translates drafts, an editor reviews, publishes and unpublishes, an
/// admin manages accounts and deletes for good.
/// </summary>
public static class ArchiveRoles
{
    public const string Reader = "reader";

    public const string Contributor = "contributor";

    public const string Editor = "editor";

    public const string Admin = "admin";

    /// <summary>Every role, least trusted first.</summary>
    public static IReadOnlyList<string> All { get; } = [Reader, Contributor, Editor, Admin];
}
