namespace Dossier.Storage.Audit;

/// <summary>A row of <c>audit_log</c>: one <see cref="Core.Audit.AuditEntry"/>, only ever inserted.</summary>
public sealed class AuditRow
{
    public long Sequence { get; set; }

    public DateTimeOffset At { get; set; }

    public string Action { get; set; } = "";

    public string? Actor { get; set; }

    public string? Target { get; set; }

    public string? Detail { get; set; }

    public string? Address { get; set; }
}
