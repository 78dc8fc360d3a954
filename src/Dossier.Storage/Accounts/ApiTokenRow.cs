namespace Dossier.Storage.Accounts;

/// <summary>A row of <c>api_tokens</c>: the SHA-256 of a bearer secret, never the secret.</summary>
public sealed class ApiTokenRow
{
    public string Id { get; set; } = "";

    public string AccountId { get; set; } = "";

    public string Label { get; set; } = "";

    public string Hash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
