namespace Dossier.Web.Accounts;

/// <summary>PUT /api/accounts/{name}/role.</summary>
public sealed record RoleRequest(string? Role);
