namespace Dossier.Web.Accounts;

/// <summary>The answer to adding an account: the one-time password, when the archive chose it, shown this once.</summary>
public sealed record AddedAccount(string Name, string Role, string? OneTimePassword);
