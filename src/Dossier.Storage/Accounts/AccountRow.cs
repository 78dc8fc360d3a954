namespace Dossier.Storage.Accounts;

/// <summary>A row of <c>accounts</c>: one <see cref="Core.Accounts.Account"/>, column for property.</summary>
public sealed class AccountRow
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string NormalizedName { get; set; } = "";

    public string Role { get; set; } = "";

    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = "";

    public string ConcurrencyStamp { get; set; } = "";

    public bool LockoutEnabled { get; set; }

    /// <summary>UTC (PostgreSQL's timestamptz takes no other offset).</summary>
    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
