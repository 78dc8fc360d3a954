namespace Dossier.Core.Accounts;

/// <summary>An account operation refused, with a message fit to show the person who asked (no secrets in it).</summary>
public sealed class AccountException : Exception
{
    public AccountException()
    {
    }

    public AccountException(string message)
        : base(message)
    {
    }

    public AccountException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
