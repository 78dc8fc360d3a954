namespace Dossier.Web.Accounts;

/// <summary>POST /api/accounts: the name, the role, and a password (else a one-time one is generated).</summary>
public sealed record AccountRequest(string? Name, string? Role, string? Password);
