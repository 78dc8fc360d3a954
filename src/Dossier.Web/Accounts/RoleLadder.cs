namespace Dossier.Web.Accounts;

/// <summary>The order of <see cref="ArchiveRoles"/>: each role may do what the ones below it may.</summary>
public static class RoleLadder
{
    /// <summary>The role's place in <see cref="ArchiveRoles.All"/>; -1 for a name that is no role.</summary>
    public static int Rank(string? role) =>
        role is null ? -1 : ArchiveRoles.All.ToList().FindIndex(r => string.Equals(r, role, StringComparison.Ordinal));

    /// <summary><paramref name="role"/> and every role above it.</summary>
    public static string[] AtLeast(string role)
    {
        var rank = Rank(role);
        if (rank < 0)
        {
            throw new ArgumentException($"'{role}' is not a role ({string.Join(", ", ArchiveRoles.All)})", nameof(role));
        }
        return ArchiveRoles.All.Skip(rank).ToArray();
    }

    /// <summary>The least role a policy admits (the contract workflow and the authorization tests read).</summary>
    public static string MinimumRole(string policy) => policy switch
    {
        ArchivePolicies.Contribute => ArchiveRoles.Contributor,
        ArchivePolicies.Edit => ArchiveRoles.Editor,
        ArchivePolicies.Administer => ArchiveRoles.Admin,
        _ => throw new ArgumentException($"'{policy}' is not one of the archive's policies", nameof(policy)),
    };

    public static bool IsRole(string? role) => Rank(role) >= 0;
}
