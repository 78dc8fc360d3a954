using Dossier.Core.Authorities;
using Dossier.Core.Importing;
using Dossier.Core.Records;
using Dossier.Interop.Importers.Tei;
using Dossier.Testing;

namespace Dossier.Interop.Tests.Tei;

/// <summary>A volume that tags names with the wrong entry of its list, as the FRUS volumes now and then do.</summary>
public sealed class TeiMistaggedNameTests : IDisposable
{
    private const string Volume = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader><fileDesc><titleStmt><title type="complete">An Invented Volume With Slips</title></titleStmt>
            <publicationStmt><idno type="frus">inv2001v01</idno></publicationStmt></fileDesc></teiHeader>
          <text>
            <front>
              <div type="section" xml:id="persons"><head>Persons</head>
                <list type="subject">
                  <item><persName xml:id="p_OII1">Ostrov, Ivan I.</persName>, Deputy Minister</item>
                  <item><persName xml:id="p_SIV1">Stalin, Iosif V.</persName>, Chairman</item>
                  <item><persName xml:id="p_PA1">Petrov, Anton</persName>, Counsellor</item>
                  <item><persName xml:id="p_PB1">Petrov, Boris</persName>, Attaché</item>
                </list>
              </div>
            </front>
            <body>
              <div type="document" xml:id="d1" n="1">
                <head>1. Letter From <persName corresp="#p_OII1" type="from">Stalin</persName> to Deputy Minister <persName corresp="#p_OII1">Ostrov</persName></head>
                <p>The Marshal (<persName corresp="#p_OII1">Marshal</persName>) met <persName corresp="#p_OII1">Petrov</persName> and <persName corresp="#p_OII1">I.I. Ostrov</persName>.</p>
              </div>
            </body>
          </text>
        </TEI>
        """;

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Should_link_a_name_tagged_with_the_wrong_person_to_the_one_of_the_list_it_spells()
    {
        var (letter, people) = await ReadAsync();
        var stalin = people.Single(a => a.PreferredName.StartsWith("Stalin", StringComparison.Ordinal));

        Assert.Equal(stalin.Id, letter.People.Single(p => p.Name == "Stalin").AuthorityId);
        Assert.Equal(("Stalin", ContributorRole.Author, stalin.Id), letter.Contributors.Select(c => (c.Name, c.Role, c.AuthorityId)).Single());
        Assert.Equal(["Stalin"], stalin.Variants.Select(v => v.Name));
    }

    [Fact]
    public async Task Should_keep_a_title_or_an_ambiguous_name_out_of_the_tagged_persons_spellings()
    {
        var (letter, people) = await ReadAsync();
        var ostrov = people.Single(a => a.PreferredName.StartsWith("Ostrov", StringComparison.Ordinal));

        Assert.Equal(["Ostrov", "I.I. Ostrov"], ostrov.Variants.Select(v => v.Name));
        // A title names nobody else: the volume's tag stands, but "Marshal" is no spelling to find Ostrov by.
        Assert.Equal(ostrov.Id, letter.People.Single(p => p.Name == "Marshal").AuthorityId);
        // "Petrov" is neither Ostrov nor which of the two Petrovs: linked to nobody, its tag kept as the source's.
        var petrov = letter.People.Single(p => p.Name == "Petrov");
        Assert.Equal((null, "p_OII1"), (petrov.AuthorityId, petrov.SourceKey));
        Assert.All(people.Where(a => a.PreferredName.StartsWith("Petrov", StringComparison.Ordinal)), a => Assert.Empty(a.Variants));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<(ArchiveRecord Letter, List<Authority> People)> ReadAsync()
    {
        var path = _folder.File("slips.xml");
        await File.WriteAllTextAsync(path, Volume, TestContext.Current.CancellationToken);
        var sink = new CollectingSink();
        await new TeiReader().ReadAsync(ImportSource.FromFile(path), sink, TestContext.Current.CancellationToken);
        return (sink.Records.Single(), sink.Authorities.Where(a => a.Kind == AuthorityKind.Person).ToList());
    }
}
