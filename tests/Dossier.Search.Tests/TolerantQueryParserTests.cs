using Dossier.Search.Querying;

namespace Dossier.Search.Tests;

public sealed class TolerantQueryParserTests
{
    [Fact]
    public void Should_read_words_phrases_and_operators()
    {
        var node = TolerantQueryParser.Parse("Pishevari \"anti-Party element\" OR Tabriz -Beria");

        var or = Assert.IsType<OrNode>(node);
        var left = Assert.IsType<AndNode>(or.Items[0]);
        Assert.Equal(new WordNode("Pishevari", false), left.Items[0]);
        Assert.Equal(new PhraseNode("anti-Party element"), left.Items[1]);
        var right = Assert.IsType<AndNode>(or.Items[1]);
        Assert.Equal(new NotNode(new WordNode("Beria", false)), right.Items[1]);
    }

    [Fact]
    public void Should_read_fields_ranges_and_prefixes()
    {
        var node = Assert.IsType<AndNode>(TolerantQueryParser.Parse("lang:ru date:[1955 TO 1957-06] title:\"the letter\" Pishev*"));

        Assert.Equal(new FilterNode("lang", "ru"), node.Items[0]);
        Assert.Equal(new DateRangeNode(new DateOnly(1955, 1, 1), new DateOnly(1957, 6, 30)), node.Items[1]);
        Assert.Equal(new PhraseNode("the letter", "title"), node.Items[2]);
        Assert.Equal(new WordNode("Pishev", true), node.Items[3]);
    }

    [Fact]
    public void Should_search_unknown_fields_and_heading_punctuation_as_words()
    {
        var node = Assert.IsType<AndNode>(TolerantQueryParser.Parse("Soviet Union (see also; under Turkey)"));

        Assert.Equal(3, node.Items.Count);
        var group = Assert.IsType<AndNode>(Assert.IsType<GroupNode>(node.Items[2]).Inner);
        Assert.Equal(new WordNode("also;", false), group.Items[1]);
        Assert.Equal(new WordNode("see:", false), TolerantQueryParser.Parse("see:"));
    }

    [Fact]
    public void Should_search_a_one_letter_prefix_as_the_letter() =>
        Assert.Equal(new WordNode("a", false), TolerantQueryParser.Parse("a*"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("()")]
    [InlineData("NOT")]
    [InlineData("OR OR")]
    public void Should_give_nothing_for_nothing_searchable(string query) => Assert.Null(TolerantQueryParser.Parse(query));
}
