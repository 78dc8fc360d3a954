namespace Dossier.Storage.Accounts;

/// <summary>
/// A row of <c>protection_keys</c>: one ASP.NET Core data-protection key as its XML element. Kept in the database
/// so that every node behind a load balancer, and a restarted one, accepts the sessions and forms the others issued.
/// </summary>
public sealed class ProtectionKeyRow
{
    public long Id { get; set; }

    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
