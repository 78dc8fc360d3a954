namespace Dossier.Core.Records;

public enum ContributorRole
{
    /// <summary>Gave the document to the source archive (the Wilson Center's "Contributed by").</summary>
    Contributor,
    Translator,
    Author,
    Recipient,
    Editor,
    Transcriber,
}
