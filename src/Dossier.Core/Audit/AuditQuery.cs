namespace Dossier.Core.Audit;

/// <summary>Which audit entries to read, newest first: all filters are exact matches and combine.</summary>
public sealed record AuditQuery
{
    public string? Action { get; init; }

    public string? Actor { get; init; }

    public string? Target { get; init; }

    /// <summary>Only entries recorded before this sequence number (the next page after the last one read).</summary>
    public long? Before { get; init; }

    public int Limit { get; init; } = 100;
}
