namespace Dossier.Core.Accounts;

/// <summary>
/// A bearer token for scripts, acting with its owner's current role. Only the SHA-256 of the secret is kept: the
/// secret is shown once, when the token is created, and cannot be read back from the store.
/// </summary>
public sealed record ApiToken
{
    /// <summary>Opaque id, shown in listings and used to revoke the token.</summary>
    public required string Id { get; init; }

    public required string AccountId { get; init; }

    /// <summary>What the token is for, as its creator described it.</summary>
    public string Label { get; init; } = "";

    /// <summary>Lower-case hex SHA-256 of the secret's UTF-8 bytes (see <see cref="ApiTokenSecret.Hash"/>).</summary>
    public required string Hash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the token stopped being accepted; null while it is live.</summary>
    public DateTimeOffset? RevokedAt { get; init; }
}
