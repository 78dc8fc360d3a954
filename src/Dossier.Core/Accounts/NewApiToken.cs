namespace Dossier.Core.Accounts;

/// <summary>A token just created: <see cref="Secret"/> is shown this once and never stored.</summary>
public sealed record NewApiToken(ApiToken Token, string Secret);
