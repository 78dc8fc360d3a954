using Dossier.Core.Authorities;
using Dossier.Core.Names;

namespace Dossier.Core.Tests.Names;

/// <summary>
/// An import learns an authority as it stood when the reader handed it over: the reader may add spellings to it
/// afterwards, and the names the import links must not depend on when the linker learns it (issue 9's overlapped import).
/// </summary>
public sealed class GazetteerSnapshotTests
{
    [Fact]
    public void Should_learn_an_authority_as_it_was_when_handed_over_and_not_the_spellings_added_after()
    {
        var authority = new Authority { Id = "p-bagirov", Kind = AuthorityKind.Person, PreferredName = "Bagirov, Mir Jafar" };
        authority.Variants.Add(new NameVariant { Name = "Багиров" });
        var handedOver = NameGazetteer.Snapshot(authority);
        authority.Variants.Add(new NameVariant { Name = "Pishevari" });
        authority.PreferredName = "Kuznetsov, Vasili";
        var gazetteer = new NameGazetteer();

        gazetteer.Add(handedOver);

        Assert.True(gazetteer.IsCloseSpelling("p-bagirov", "Bagirov"));
        Assert.True(gazetteer.IsCloseSpelling("p-bagirov", "Багирову"));
        Assert.False(gazetteer.IsCloseSpelling("p-bagirov", "Pishevari"));
        Assert.False(gazetteer.IsCloseSpelling("p-bagirov", "Kuznetsov"));
    }
}
