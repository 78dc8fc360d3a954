using Dossier.Core.Storage;
using Dossier.Web.Catalogue;

namespace Dossier.Web.Tests.Catalogue;

/// <summary>The archival tree shelf by shelf, from the store's counts of public records by place.</summary>
public sealed class ArchiveShelfTests
{
    private static readonly ShelfCount[] Counts =
    [
        new("RGANI", ["Fond 5", "Opis 28", "Delo 347"], 2),
        new("RGANI", ["Fond 5", "Opis 28", "Delo 40"], 1),
        new("RGANI", ["Fond 5"], 3),
        new("RGANI", ["Fond 17", "Opis 1"], 4),
        new("NARA", ["Record group 59", "Box 10"], 5),
        new("NARA", ["Record group 59", "Box 2"], 6),
        new("Carter Library", [], 7),
    ];

    [Fact]
    public void Should_list_the_repositories_at_the_root_with_every_public_document_they_hold()
    {
        var root = ArchiveShelf.Find(Counts, [])!;

        Assert.Null(root.Place);
        Assert.Equal(28, root.Count);
        Assert.Equal([("Carter Library", 7), ("NARA", 11), ("RGANI", 10)], root.Children.Select(c => (c.Name, c.Count)));
        Assert.Empty(root.Trail());
        Assert.Equal("/browse/archives?repository=Carter%20Library", root.Children[0].Href);
    }

    [Fact]
    public void Should_list_the_shelves_one_level_down_in_natural_order_and_count_those_filed_here()
    {
        var fond = ArchiveShelf.Find(Counts, ["RGANI", "Fond 5"])!;
        var rgani = ArchiveShelf.Find(Counts, ["RGANI"])!;
        var record = ArchiveShelf.Find(Counts, ["NARA", "Record group 59"])!;

        Assert.Equal((6, 3), (fond.Count, fond.Here));
        Assert.Equal([("Opis 28", 3)], fond.Children.Select(c => (c.Name, c.Count)));
        Assert.Equal(["Fond 5", "Fond 17"], rgani.Children.Select(c => c.Name));
        Assert.Equal(0, rgani.Here);
        Assert.Equal(["Box 2", "Box 10"], record.Children.Select(c => c.Name));
        Assert.Equal(["Delo 40", "Delo 347"], ArchiveShelf.Find(Counts, ["RGANI", "Fond 5", "Opis 28"])!.Children.Select(c => c.Name));
    }

    [Fact]
    public void Should_lead_back_up_the_tree_from_a_shelf()
    {
        var delo = ArchiveShelf.Find(Counts, ["RGANI", "Fond 5", "Opis 28", "Delo 347"])!;

        Assert.Equal("Delo 347", delo.Name);
        Assert.Equal((2, 2), (delo.Count, delo.Here));
        Assert.Empty(delo.Children);
        Assert.Equal(
            [
                ("Archives", "/browse/archives"),
                ("RGANI", "/browse/archives?repository=RGANI"),
                ("Fond 5", "/browse/archives?repository=RGANI&level1=Fond%205"),
                ("Opis 28", "/browse/archives?repository=RGANI&level1=Fond%205&level2=Opis%2028"),
            ],
            delo.Trail().Select(t => (t.Name, t.Href)));
        Assert.Equal("/browse/archives?repository=RGANI&level1=Fond%205&level2=Opis%2028&level3=Delo%20347", ArchiveShelf.Href(delo.Place));
    }

    [Theory]
    [InlineData("Nowhere")]
    [InlineData("RGANI", "Fond 6")]
    [InlineData("RGANI", "Fond 5", "Opis 28", "Delo 347", "List 1")]
    [InlineData("rgani")]
    public void Should_find_no_shelf_where_no_public_document_lies(params string[] path)
    {
        Assert.Null(ArchiveShelf.Find(Counts, path));
    }

    [Theory]
    [InlineData("Box 2", "Box 10")]
    [InlineData("Box 9", "box 10")]
    [InlineData("Fond 5", "Fond 05a")]
    [InlineData("Series 611.93", "Series 611.100")]
    [InlineData("A", "AB")]
    [InlineData("Delo 99999999999999999999", "Delo 100000000000000000000")]
    public void Should_order_names_with_numbers_by_their_values(string first, string second)
    {
        Assert.True(NaturalOrder.Instance.Compare(first, second) < 0, first + " < " + second);
        Assert.True(NaturalOrder.Instance.Compare(second, first) > 0, second + " > " + first);
    }

    [Fact]
    public void Should_order_names_totally_and_consistently()
    {
        string[] names = ["Box 2", "box 2", "Box 02", "Box 10", "Box", "Box 2a", "", "Opis 1", "Box 1", "10", "9"];

        var sorted = names.Order(NaturalOrder.Instance).ToList();

        Assert.Equal(sorted, names.Reverse().Order(NaturalOrder.Instance));
        Assert.Equal(["", "9", "10", "Box", "Box 1"], sorted.Take(5));
        foreach (var a in names)
        {
            Assert.Equal(0, NaturalOrder.Instance.Compare(a, a));
            foreach (var b in names.Where(b => !ReferenceEquals(a, b)))
            {
                Assert.Equal(-Math.Sign(NaturalOrder.Instance.Compare(b, a)), Math.Sign(NaturalOrder.Instance.Compare(a, b)));
                Assert.NotEqual(0, NaturalOrder.Instance.Compare(a, b));
            }
        }
    }
}
