namespace Dossier.Web.Accounts;

/// <summary>POST /api/tokens: what the token is for.</summary>
public sealed record TokenRequest(string? Label);
