namespace Dossier.Core.Audit;

/// <summary>
/// One line of the audit log: who (<see cref="Actor"/>) did what (<see cref="Action"/>, one of <see cref="AuditActions"/>)
/// to what (<see cref="Target"/>), when. Entries are only ever appended.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>Order of recording, assigned by the log; 0 on an entry not yet recorded.</summary>
    public long Sequence { get; init; }

    /// <summary>When it happened (UTC); the log's clock fills it in when left default.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>What happened: one of <see cref="AuditActions"/> (others may be added, lower-case with dots).</summary>
    public required string Action { get; init; }

    /// <summary>The account name that acted; "cli" for the command line, null for an unknown visitor (a failed sign-in).</summary>
    public string? Actor { get; init; }

    /// <summary>What it was done to: an account name, a token id, a record or authority id.</summary>
    public string? Target { get; init; }

    /// <summary>A short description (a role change "editor → admin", a version number); never a secret.</summary>
    public string? Detail { get; init; }

    /// <summary>The client's IP address for web requests.</summary>
    public string? Address { get; init; }
}
