namespace Dossier.Testing.Accounts;

/// <summary>An account made for a test: its name, role and password.</summary>
public sealed record TestAccount(string Name, string Role, string Password);
