namespace Dossier.Core.Accounts;

/// <summary>
/// A person who signs in to the archive's workspace, with one role (the names in <c>Dossier.Web.Accounts.ArchiveRoles</c>).
/// Mutable because ASP.NET Core Identity's user manager changes the account it holds before asking the store to save it.
/// </summary>
public sealed class Account
{
    /// <summary>Opaque and stable (a GUID in "N" form); names may be corrected, the id never changes.</summary>
    public string Id { get; set; } = "";

    /// <summary>The name people sign in with, as it was given.</summary>
    public string Name { get; set; } = "";

    /// <summary><see cref="Name"/> as Identity's normalizer gives it (upper invariant): names are unique in this form.</summary>
    public string NormalizedName { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>Identity's password hash (PBKDF2, its V3 format); null for an account that signs in only by API token.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Changes whenever the credentials or role change, so sessions issued before are no longer accepted.</summary>
    public string SecurityStamp { get; set; } = "";

    /// <summary>Changes on every save: a save based on an older read is refused rather than overwriting it.</summary>
    public string ConcurrencyStamp { get; set; } = "";

    public bool LockoutEnabled { get; set; } = true;

    /// <summary>Until when sign-in is refused after repeated failures (UTC); null when not locked out.</summary>
    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    /// <summary>Set for a one-time password: the first sign-in leads to the password change page.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
