using Dossier.Core.Authorities;
using Dossier.Core.Editing;

namespace Dossier.Web.Editing;

/// <summary>The authority edit form: heading, description and one row per variant (a row left without a name is dropped).</summary>
public sealed class AuthorityForm
{
    /// <summary>Empty rows offered for new variants.</summary>
    public const int NewRows = 3;

    public string PreferredName { get; set; } = "";

    public string? Description { get; set; }

    public List<NameVariant> Variants { get; set; } = [];

    public static AuthorityForm From(Authority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return new AuthorityForm
        {
            PreferredName = authority.PreferredName,
            Description = authority.Description,
            Variants = [.. authority.Variants.Select(v => new NameVariant { Name = v.Name, Lang = v.Lang }), .. Enumerable.Range(0, NewRows).Select(_ => new NameVariant())],
        };
    }

    public AuthorityEdit ToEdit(string id) =>
        new(id, PreferredName, Description, Variants.Where(v => !string.IsNullOrWhiteSpace(v.Name)).ToList());
}
