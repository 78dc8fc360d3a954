namespace Dossier.Core.Editing;

/// <summary>An authority change refused before anything was written, with the reason an editor can act on.</summary>
public sealed class AuthorityEditException : Exception
{
    public AuthorityEditException()
    {
    }

    public AuthorityEditException(string message) : base(message)
    {
    }

    public AuthorityEditException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
