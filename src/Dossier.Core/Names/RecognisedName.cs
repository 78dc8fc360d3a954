using Dossier.Core.Authorities;

namespace Dossier.Core.Names;

/// <summary>
/// A name the authority files do not hold yet, gathered over every layer of one record: its proposed heading,
/// kind, each spelling with its language, where it stands, and how sure the recogniser is.
/// </summary>
public sealed class RecognisedName
{
    public string Heading { get; set; } = "";

    public AuthorityKind Kind { get; set; }

    public double Confidence { get; set; }

    public string Evidence { get; set; } = "";

    /// <summary>Each spelling as written, with the BCP-47 tag of its layer.</summary>
    public List<(string Name, string Lang)> Spellings { get; } = [];

    public List<NameMention> Mentions { get; } = [];
}
