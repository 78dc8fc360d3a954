using System.Text.Json.Serialization;

namespace Dossier.Core.Authorities;

/// <summary>An authority record: one person, organisation or place, with every spelling of its name seen in the archive.</summary>
public sealed class Authority
{
    public string Id { get; set; } = "";

    public AuthorityKind Kind { get; set; }

    /// <summary>The heading the archive shows ("Khrushchev, Nikita S.").</summary>
    public string PreferredName { get; set; } = "";

    /// <summary>What the source says of them ("Chairman of the Council of Ministers of the Soviet Union").</summary>
    public string? Description { get; set; }

    public List<NameVariant> Variants { get; set; } = [];

    /// <summary>The sources' own keys for this entity ("frus1961-63v06#p_KNS1").</summary>
    public List<string> SourceKeys { get; set; } = [];

    /// <summary>
    /// Ids of the authorities merged into this one: their old addresses answer with this one's (301). Absent from the
    /// JSON when none, so authorities never merged keep the bytes they always had.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string>? MergedIds { get; set; }

    /// <summary>The preferred name, then every variant's: what a finder matches what someone typed against.</summary>
    public IEnumerable<string> Names() => Variants.Select(v => v.Name).Prepend(PreferredName);
}
