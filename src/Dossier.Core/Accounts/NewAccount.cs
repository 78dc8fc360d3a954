namespace Dossier.Core.Accounts;

/// <summary>An account just added; <see cref="OneTimePassword"/> is set when the archive chose the password.</summary>
public sealed record NewAccount(Account Account, string? OneTimePassword);
