namespace Dossier.Web.Accounts;

/// <summary>A token just created; <see cref="Secret"/> is shown this once.</summary>
public sealed record IssuedToken(string Id, string Account, string Secret);
