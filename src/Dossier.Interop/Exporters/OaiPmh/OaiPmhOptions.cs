namespace Dossier.Interop.Exporters.OaiPmh;

/// <summary>How the data provider describes itself and pages its lists.</summary>
public sealed class OaiPmhOptions
{
    /// <summary>The repositoryName of Identify: the installation's name (DOSSIER_SITE_NAME).</summary>
    public string RepositoryName { get; init; } = Environment.GetEnvironmentVariable("DOSSIER_SITE_NAME") is { Length: > 0 } name ? name : "Dossier";

    /// <summary>
    /// The repositoryIdentifier of the oai-identifier scheme (a domain name). Null: the host of the base URL when it is
    /// a domain name the scheme accepts, else "dossier.invalid".
    /// </summary>
    public string? RepositoryIdentifier { get; init; } = Environment.GetEnvironmentVariable("DOSSIER_OAI_REPOSITORY_ID") is { Length: > 0 } id ? id : null;

    /// <summary>Identify's adminEmail. Null: "admin@" and the repository identifier.</summary>
    public string? AdminEmail { get; init; } = Environment.GetEnvironmentVariable("DOSSIER_ADMIN_EMAIL") is { Length: > 0 } email ? email : null;

    /// <summary>Headers or records per ListIdentifiers or ListRecords response before a resumption token.</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>The clock of whole-archive exports (a request's clock is the archive's).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>How long a resumption token stays good.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The key that signs resumption tokens. From DOSSIER_OAI_TOKEN_KEY when set, so every instance behind a
    /// balancer accepts the others' tokens; otherwise random, and tokens end with the process.
    /// </summary>
    public byte[] TokenKey { get; init; } = Environment.GetEnvironmentVariable("DOSSIER_OAI_TOKEN_KEY") is { Length: > 0 } key
        ? System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key))
        : System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
}
