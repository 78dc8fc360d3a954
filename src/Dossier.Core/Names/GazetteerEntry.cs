using Dossier.Core.Authorities;

namespace Dossier.Core.Names;

/// <summary>
/// One way an authority's name can be found in a text: the key of its last word, the keys of the words that must
/// stand before it ("New" of "New York"), and what is known of the authority to tell namesakes apart: forenames and
/// initials, how much it is known by (<see cref="Weight"/>: its spellings and source keys), and the source documents whose
/// lists name it (<see cref="ListedIn"/>: a source key's part before '#', a FRUS volume for the volume's list of persons).
/// </summary>
public sealed record GazetteerEntry(
    string AuthorityId,
    AuthorityKind Kind,
    string PreferredName,
    string? Description,
    IReadOnlyList<string> Before,
    IReadOnlyList<string> Keys,
    IReadOnlySet<string> Forenames,
    IReadOnlySet<char> Initials,
    int Weight,
    IReadOnlySet<string> ListedIn);
