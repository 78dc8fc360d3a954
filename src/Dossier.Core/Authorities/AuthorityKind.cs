namespace Dossier.Core.Authorities;

public enum AuthorityKind
{
    Person,
    Organisation,
    Place,
}
