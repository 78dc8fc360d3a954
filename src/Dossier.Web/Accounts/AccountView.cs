namespace Dossier.Web.Accounts;

/// <summary>An account as the API shows it; <see cref="Token"/> is the id of the token a request came with.</summary>
public sealed record AccountView(string Name, string? Role, string? Token);
